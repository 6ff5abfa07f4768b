/** lib/alerts: the side panel's live alerts, each a documented pure rule (see each file's header). */
export { viewerAlert, viewerBaseline, VIEWER_RULE, type Reading } from './viewers';
export { moodAlert, moodOf, tallyMood, MOOD_RULE, type MoodMinute, type MoodTally } from './mood';
export { captureAlerts, CAPTURE_RULE, type CaptureInput } from './capture';
export { ALERT_KINDS, bySeverity, type Alert, type AlertKind, type AlertSeverity } from './types';
