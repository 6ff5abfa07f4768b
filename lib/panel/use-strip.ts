/**
 * The strip's reads: the summary's minute buckets of the last minutes and the viewer readings of
 * the sparkline window — indexed ranges by time, read once per clock tick (every few seconds)
 * rather than on every write: under a 200 msg/s burst the buckets change many times a second, and
 * the strip is a glance, not a ticker.
 */
import { useEffect, useState } from 'react';
import { getDb } from '../db/db';
import { STRIP, stripData, type StripData, type StripMinute } from './strip-data';

const MIN = 60_000;
/** Minutes read: the sparkline's, and the mood alert's recent + baseline stretches (2 + 5). */
const MINUTES_READ = Math.max(STRIP.SPARK_MINUTES, 7);

export interface StripReads {
  data: StripData;
  minutes: StripMinute[];
  readings: { ts: number; viewers: number }[];
}

async function readStrip(streamId: number, now: number, startedAt: number): Promise<StripReads> {
  const db = getDb();
  const nowMinute = Math.floor(now / MIN);
  const from = now - STRIP.SPARK_MINUTES * MIN;
  const [buckets, samples, before] = await Promise.all([
    db.summaryMinutes.where('[streamId+minute]').between([streamId, nowMinute - MINUTES_READ], [streamId, nowMinute], true, true).toArray(),
    db.viewerSamples.where('[streamId+ts]').between([streamId, from], [streamId, now], true, true).toArray(),
    // The level when the window opens (a steady audience is re-read only every 30 s).
    db.viewerSamples.where('[streamId+ts]').between([streamId, -Infinity], [streamId, from], true, false).last(),
  ]);
  if (before) samples.unshift({ ...before, ts: Math.max(before.ts, from) });
  const minutes: StripMinute[] = buckets.map((b) => ({ minute: b.minute, comments: b.comments, labelled: b.labelled, sentiment: b.sentiment }));
  const readings = samples.map((s) => ({ ts: s.ts, viewers: s.viewers }));
  return { data: stripData(minutes, readings, now, startedAt), minutes, readings };
}

/** `now`: the panel's ticking clock (or the stream's end, for a stream that ended). */
export function useStrip(streamId: number | undefined, startedAt: number | undefined, now: number): StripReads | undefined {
  const [reads, setReads] = useState<StripReads>();
  useEffect(() => {
    if (streamId === undefined || startedAt === undefined) {
      setReads(undefined);
      return;
    }
    let alive = true;
    readStrip(streamId, now, startedAt)
      .then((r) => alive && setReads(r))
      .catch((e: unknown) => console.warn('[live-copilot] strip read failed', e));
    return () => {
      alive = false;
    };
  }, [streamId, startedAt, now]);
  return reads;
}
