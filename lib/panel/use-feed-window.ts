/**
 * The feed's rows for the panel: the bounded window of feed-window.ts, refreshed by small indexed
 * reads whenever the stream's counters move (new events, labels written, or labels refined). Reads are coalesced:
 * one at a time, and one more after it if anything changed meanwhile, at most one per
 * `FEED_READ_MS`, so a 200 msg/s burst costs a few reads (and feed renders, row measurements,
 * layouts) per second, each of the new rows only.
 */
import Dexie from 'dexie';
import { useEffect, useRef, useState } from 'react';
import { getDb } from '../db/db';
import type { StoredEvent } from '../db/schema';
import { throttleWait } from './throttle';
import { applyReads, EMPTY_WINDOW, FEED_WINDOW, feedReads, type FeedWindow } from './feed-window';

/** The feed moves at most this often (ms): ~8 updates a second reads as live, and each costs a render and a layout. */
export const FEED_READ_MS = 120;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function readWindow(streamId: number, w: FeedWindow, holdOlder: boolean): Promise<FeedWindow> {
  const db = getDb();
  return db.transaction('r', db.streams, db.events, async () => {
    const stream = await db.streams.get(streamId);
    if (!stream) return w;
    const labelledSeq = stream.labelledSeq ?? -1;
    const reads = feedReads(w, stream);
    const range = (from: number, to: number | typeof Dexie.maxKey) => db.events.where('[streamId+seq]').between([streamId, from], [streamId, to], true, true);
    let tail: StoredEvent[] = [];
    if (w.lastSeq < 0) tail = (await range(0, Dexie.maxKey).reverse().limit(FEED_WINDOW.keep).toArray()).reverse();
    else if (reads.tailFrom !== null) tail = await range(reads.tailFrom, Dexie.maxKey).toArray();
    const relabelled = [
      ...(reads.refine ? await range(reads.refine.from, reads.refine.to).toArray() : []),
      ...(reads.relabel ? await range(reads.relabel.from, reads.relabel.to).toArray() : []),
    ];
    return applyReads(w, { tail, relabelled, labelledSeq, refinedSeq: stream.refinedSeq ?? -1 }, { holdOlder });
  });
}

/** `changeKey` changes whenever the stream record does (its event count or labelling progress). */
export function useFeedWindow(streamId: number | undefined, changeKey: string, holdOlder: boolean): FeedWindow {
  const [win, setWin] = useState<FeedWindow>(EMPTY_WINDOW);
  const current = useRef<FeedWindow>(EMPTY_WINDOW);
  const hold = useRef(holdOlder);
  hold.current = holdOlder;
  const job = useRef<{ streamId: number | undefined; running: boolean; again: boolean; startedAt: number }>({ streamId: undefined, running: false, again: false, startedAt: Number.NEGATIVE_INFINITY });

  useEffect(() => {
    current.current = EMPTY_WINDOW;
    setWin(EMPTY_WINDOW);
    job.current = { streamId, running: false, again: false, startedAt: Number.NEGATIVE_INFINITY };
  }, [streamId]);

  useEffect(() => {
    const j = job.current;
    if (streamId === undefined || j.streamId !== streamId) return;
    if (j.running) {
      j.again = true;
      return;
    }
    j.running = true;
    const run = async () => {
      do {
        const wait = throttleWait(j.startedAt, performance.now(), FEED_READ_MS);
        if (wait > 0) await sleep(wait);
        if (job.current !== j) return;
        j.startedAt = performance.now();
        j.again = false;
        try {
          const next = await readWindow(streamId, current.current, hold.current);
          // The panel moved to another stream meanwhile: this result is stale.
          if (job.current !== j) return;
          if (next !== current.current) {
            current.current = next;
            setWin(next);
          }
        } catch (e) {
          console.warn('[live-copilot] feed read failed', e);
        }
      } while (j.again && job.current === j);
      j.running = false;
    };
    void run();
  }, [streamId, changeKey]);

  return win;
}
