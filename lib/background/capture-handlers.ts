import type { LiveCopilotDb } from '../db/db';
import { storeEvents } from '../db/events-repo';
import type { StoredEvent } from '../db/schema';
import { attachStream, openStreamFor } from '../db/streams-repo';
import { linkTab, setFrameHealth } from '../db/tabs-repo';
import { browser } from 'wxt/browser';
import { CAPTURE_LIMITS, cleanText } from '../capture/limits';
import type { CaptureState } from '../db/schema';
import { batchProblem, checkEvents, senderProblem } from './capture-trust';
import type { Handlers } from '../messaging/handlers';
import type { BgProtocol } from '../messaging/bg-protocol';
import { recordPagePitches } from '../pitching/record';

export interface CaptureDeps {
  db: LiveCopilotDb;
  now: () => number;
  /** Called after new events are stored (labelling, suggestions); `rows` are the stored rows when known. */
  afterIngest?: (streamId: number, rows?: StoredEvent[], receivedAt?: number) => void;
  reloadModels?: () => Promise<void>;
  /** This extension's id: only its own content scripts may report capture (default: browser.runtime.id). */
  extensionId?: string;
  /** Runs one batch's write; the worker passes its storage-full handling (retention.ts `guard`). */
  guard?: WriteGuard;
  /**
   * Resolves once no copy left by a page that went away is being delivered (outbox-drain.ts): a
   * reloaded page's rows are stored after the rows its previous page left, not before.
   */
  delivered?: () => Promise<void>;
}

/** Runs an event write, handling a full storage; `writing` names the stream being written (asked only then). */
export type WriteGuard = <T>(write: () => Promise<T>, writing: () => Promise<number | undefined>) => Promise<T>;

/**
 * What the worker does with capture traffic. Every call reads and writes IndexedDB only, so a
 * worker stopped between two batches resumes with nothing lost.
 */
export type CaptureMessages = 'bg:capture' | 'bg:health' | 'bg:reloadModels' | 'bg:streamImported';

const CAPTURE_STATES: readonly CaptureState[] = ['attached', 'waiting', 'no-rows', 'wall', 'ended', 'unsupported'];

export function captureHandlers({ db, now, afterIngest, reloadModels, extensionId = browser.runtime.id, guard = (write) => write(), delivered }: CaptureDeps): Pick<Handlers<BgProtocol>, CaptureMessages> {
  return {
    async 'bg:capture'(batch, sender) {
      // Nothing is stored from a sender or a message that fails the trust checks (capture-trust.ts).
      const refused = senderProblem(sender, batch?.platform, extensionId) ?? batchProblem(batch);
      if (refused) return { streamId: -1, stored: 0, duplicates: 0, rejected: [{ index: -1, reason: refused }] };
      const { valid: mine, rejected } = checkEvents(batch.events, batch.roomKey, batch.platform);
      await delivered?.();
      const t = now();
      const tabId = sender.tab?.id;
      // One transaction for the stream, the tab and the events: under load every transaction waits
      // its turn behind labelling and summary work, and three of them per message made capture
      // lag the page by minutes (bench/profile-capture.ts).
      // The page's pitches (its pinned product) are recorded in the same transaction: whoever sees
      // the batch's rows sees them too — the labeller picks up stored rows at once, and the question
      // queue resolves "这个" / "this one" by the pitches it can read when it files them (recorded
      // after the write, a fast filing could miss one: the live queue then disagreed with
      // `npm run summary` on which product two questions asked about, summary e2e, 20:50).
      const write = () =>
        db.transaction('rw', [db.streams, db.events, db.viewerSamples, db.tabs, db.products, db.pitches], async () => {
          const stream = await attachStream(db, { roomKey: batch.roomKey, platform: batch.platform, url: batch.url, title: batch.title }, t);
          if (tabId !== undefined) await linkTab(db, tabId, batch.roomKey, stream.id!, t);
          const done = await storeEvents(db, stream.id!, mine, t);
          // A sighting it cannot work out records no pitch (record.ts); a failed write fails the batch
          // as a whole (the outbox sends it again), never the events without their pitch.
          if (done.stored) await recordPagePitches(db, stream.id!, mine);
          return { streamId: stream.id!, ...done };
        });
      const { streamId, rows, stored, duplicates } = await guard(write, async () => (await openStreamFor(db, batch.roomKey))?.id);
      if (stored) afterIngest?.(streamId, rows, t);
      return { streamId, stored, duplicates, rejected };
    },
    async 'bg:health'(report, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || senderProblem(sender, report?.platform, extensionId)) return;
      if (typeof report.detail !== 'string' || !CAPTURE_STATES.includes(report.state)) return;
      const health = { state: report.state, detail: cleanText(report.detail, CAPTURE_LIMITS.detail), updatedAt: now() };
      await setFrameHealth(db, tabId, sender.frameId ?? 0, typeof report.roomKey === 'string' && report.roomKey.length <= CAPTURE_LIMITS.roomKey ? { ...health, roomKey: report.roomKey } : health);
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
