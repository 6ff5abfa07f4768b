import type { LiveCopilotDb } from '../db/db';
import { storeEvents } from '../db/events-repo';
import type { StoredEvent } from '../db/schema';
import { attachStream } from '../db/streams-repo';
import { linkTab, setFrameHealth } from '../db/tabs-repo';
import { partitionEvents } from '../events/guards';
import type { Handlers } from '../messaging/handlers';
import type { BgProtocol } from '../messaging/bg-protocol';

export interface CaptureDeps {
  db: LiveCopilotDb;
  now: () => number;
  /** Called after new events are stored (labelling, suggestions); `rows` are the stored rows when known. */
  afterIngest?: (streamId: number, rows?: StoredEvent[]) => void;
  reloadModels?: () => Promise<void>;
}

/**
 * What the worker does with capture traffic. Every call reads and writes IndexedDB only, so a
 * worker stopped between two batches resumes with nothing lost.
 */
export type CaptureMessages = 'bg:capture' | 'bg:health' | 'bg:reloadModels' | 'bg:streamImported';

export function captureHandlers({ db, now, afterIngest, reloadModels }: CaptureDeps): Pick<Handlers<BgProtocol>, CaptureMessages> {
  return {
    async 'bg:capture'(batch, sender) {
      const { valid, rejected } = partitionEvents(batch.events);
      const mine = valid.filter((e) => e.streamKey === batch.roomKey && e.platform === batch.platform);
      const wrongRoom = valid.length - mine.length;
      if (wrongRoom) rejected.push({ index: -1, reason: `${wrongRoom} events belong to another room` });
      const t = now();
      const stream = await attachStream(db, { roomKey: batch.roomKey, platform: batch.platform, url: batch.url, title: batch.title }, t);
      const streamId = stream.id!;
      if (sender.tab?.id !== undefined) await linkTab(db, sender.tab.id, batch.roomKey, streamId, t);
      const { rows, stored, duplicates } = await storeEvents(db, streamId, mine, t);
      if (stored) afterIngest?.(streamId, rows);
      return { streamId, stored, duplicates, rejected };
    },
    async 'bg:health'(report, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      await setFrameHealth(db, tabId, sender.frameId ?? 0, { state: report.state, detail: report.detail, updatedAt: now() });
    },
    async 'bg:reloadModels'() {
      await reloadModels?.();
    },
    // Imported events were written by the popup; the same follow-up as captured ones.
    'bg:streamImported'({ streamId }) {
      afterIngest?.(streamId);
    },
  };
}
