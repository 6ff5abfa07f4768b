import { useMemo } from 'react';
import { useModelStatus } from '@/components/model-status';
import { FeedSection, useFollowedFeed } from '@/components/sidepanel/feed/feed-section';
import { PanelHeader } from '@/components/sidepanel/panel-header';
import { SectionFrame } from '@/components/sidepanel/section-frame';
import { SECTIONS, type SectionContext } from '@/components/sidepanel/sections';
import { StorageNotice } from '@/components/storage-notice';
import { MoodStrip } from '@/components/sidepanel/strip/mood-strip';
import '@/components/sidepanel/sidepanel.css';
import { bySeverity, captureAlerts, moodAlert, viewerAlert, type Alert } from '@/lib/alerts';
import { installFrameProbe } from '@/lib/panel/frame-probe';
import { useNow } from '@/lib/panel/use-now';
import { useThrottled } from '@/lib/panel/use-throttled';
import { useCurrentPitch } from '@/lib/panel/use-pitching';
import { focusGroup, useQuestionQueue, useStreamCatalog } from '@/lib/panel/use-question-queue';
import { useStrip } from '@/lib/panel/use-strip';
import { usePanelStore } from '@/lib/stores/panel-store';
import { useCurrentStream } from '@/lib/ui/use-current-stream';

installFrameProbe();

const CHAT_KINDS = new Set(['comment', 'superchat']);
/** The record changes per capture/label batch; all but the feed show it at most this often (lib/panel/README.md "Frame time"). */
const GLANCE_MS = 500;

export function App() {
  const live = useCurrentStream();
  // The feed follows every change; the header, strip, alerts and sections a few times a second (a new stream at once).
  const slow = useThrottled(live, GLANCE_MS);
  const current = slow?.stream?.id === live?.stream?.id ? slow : live;
  const stream = current?.stream;
  const id = stream?.id;
  const clock = useNow(3000);
  // An ended (or imported) stream is shown as it was at its end.
  const now = stream?.endedAt !== undefined ? stream.lastEventAt : clock;
  const feed = useFollowedFeed(live?.stream);
  const strip = useStrip(id, stream?.startedAt, now);
  const models = useModelStatus();
  const queue = useThrottled(useQuestionQueue(id), GLANCE_MS);
  const scope = useStreamCatalog(stream);
  const pitch = useCurrentPitch(id);
  const selected = usePanelStore((s) => s.selectedGroup);

  const lastChatTs = useThrottled(useMemo(() => feed.win.rows.findLast((r) => CHAT_KINDS.has(r.kind))?.ts, [feed.win.rows]), GLANCE_MS);
  const alerts = useMemo<Alert[]>(() => {
    const live = stream && stream.endedAt === undefined;
    const out: (Alert | null)[] = [];
    if (live && strip) out.push(viewerAlert(strip.readings, now), moodAlert(strip.minutes, Math.floor(now / 60_000)));
    out.push(...captureAlerts({ now, health: current?.health, stream, lastChatTs, viewers: stream?.lastViewers, models: models?.state }));
    return bySeverity(out.filter((a): a is Alert => a !== null));
  }, [stream, strip, now, current?.health, lastChatTs, models?.state]);

  const tabId = current?.tabId;
  // One context object per change of what it holds, so the sections (memoised) draw only then.
  const ctx = useMemo<SectionContext | null>(
    () => (stream && id !== undefined && queue ? { stream: { ...stream, id }, tabId, catalog: scope.bySku, scope, pitch, queue, focused: focusGroup(queue, selected) } : null),
    [stream, id, tabId, scope, pitch, queue, selected],
  );

  return (
    <div className="app panel" data-testid="side-panel">
      <PanelHeader current={current} />
      <StorageNotice />
      <MoodStrip data={strip?.data} alerts={alerts} />
      {ctx && (
        <div className="sections">
          {SECTIONS.map((s) => (
            <SectionFrame key={s.id} section={s} ctx={ctx} />
          ))}
        </div>
      )}
      <FeedSection feed={feed} />
    </div>
  );
}
