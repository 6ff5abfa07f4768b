/** What the side panel's strip warns the host about. Each alert is computed by a pure rule in this folder. */
export const ALERT_KINDS = [
  'viewer_drop',
  'viewer_spike',
  'mood_negative',
  'capture_none',
  'capture_unreadable',
  'capture_blocked',
  'capture_waiting',
  'chat_silent',
  'labels_behind',
  'models_failed',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export type AlertSeverity = 'info' | 'warn' | 'error';

export interface Alert {
  kind: AlertKind;
  severity: AlertSeverity;
  /** Numbers the message shows (interpolated by the UI in its language). */
  values: Record<string, number>;
  /** Page-provided detail (capture health), shown as is. */
  detail?: string;
}

const RANK: Record<AlertSeverity, number> = { error: 0, warn: 1, info: 2 };
/** Most severe first; rules' own order within a severity. */
export const bySeverity = (alerts: readonly Alert[]): Alert[] =>
  alerts.map((a, i) => ({ a, i })).sort((x, y) => RANK[x.a.severity] - RANK[y.a.severity] || x.i - y.i).map((x) => x.a);
