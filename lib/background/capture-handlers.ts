import type { LiveCopilotDb } from '../db/db';
import { storeEvents } from '../db/events-repo';
import type { StoredEvent } from '../db/schema';
import { attachStream } from '../db/streams-repo';
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
  afterIngest?: (streamId: number, rows?: StoredEvent[]) => void;
  reloadModels?: () => Promise<void>;
  /** This extension's id: only its own content scripts may report capture (default: browser.runtime.id). */
  extensionId?: string;
  /** Writes one batch; the worker passes its storage-full handling (retention.ts). */
  store?: typeof storeEvents;
}

/**
 * What the worker does with capture traffic. Every call reads and writes IndexedDB only, so a
 * worker stopped between two batches resumes with nothing lost.
 */
export type CaptureMessages = 'bg:capture' | 'bg:health' | 'bg:reloadModels' | 'bg:streamImported';

const CAPTURE_STATES: readonly CaptureState[] = ['attached', 'waiting', 'no-rows', 'wall', 'ended', 'unsupported'];

export function captureHandlers({ db, now, afterIngest, reloadModels, extensionId = browser.runtime.id, store = storeEvents }: CaptureDeps): Pick<Handlers<BgProtocol>, CaptureMessages> {
  return {
    async 'bg:capture'(batch, sender) {
      // Nothing is stored from a sender or a message that fails the trust checks (capture-trust.ts).
      const refused = senderProblem(sender, batch?.platform, extensionId) ?? batchProblem(batch);
      if (refused) return { streamId: -1, stored: 0, duplicates: 0, rejected: [{ index: -1, reason: refused }] };
      const { valid: mine, rejected } = checkEvents(batch.events, batch.roomKey, batch.platform);
      const t = now();
      const stream = await attachStream(db, { roomKey: batch.roomKey, platform: batch.platform, url: batch.url, title: batch.title }, t);
      const streamId = stream.id!;
      if (sender.tab?.id !== undefined) await linkTab(db, sender.tab.id, batch.roomKey, streamId, t);
      const { rows, stored, duplicates } = await store(db, streamId, mine, t);
      // Before labelling starts: "this one" in the batch's questions means the product the page shows.
      if (stored) await recordPagePitches(db, streamId, mine).catch((e: unknown) => console.warn('[live-copilot] page pitch not recorded', e));
      if (stored) afterIngest?.(streamId, rows);
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
