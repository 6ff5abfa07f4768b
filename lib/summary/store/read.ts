/**
 * The pages' side: a stream's summary from the stored aggregates (a few indexed reads), with the
 * events the worker has not folded yet (normally the last label batch) folded in memory. Read-only.
 */
import Dexie from 'dexie';
import type { LiveCopilotDb } from '../../db/db';
import { streamCatalog } from '../../db/stream-catalog';
import { moodOf } from '../counts';
import { finalize, streamRange } from '../finalize';
import { questionsMetric } from '../questions';
import type { SummaryReport } from '../types';
import { foldRows, loadWork, summaryTables } from './catch-up';
import { pitchChanges, questionGroups, readings } from './stream-facts';

const range = (streamId: number) => [[streamId, Dexie.minKey], [streamId, Dexie.maxKey]] as const;

/**
 * The most unfolded events a reader folds itself (the popup asks the worker to catch up past the same
 * number: components/report/use-summary.ts). A page re-reads on every write to the events (each
 * capture batch, each label batch): folding the whole unfolded tail each time made a 10,000-row burst
 * cost an open popup 18 s of reads (a `get` per comment), and its read transactions held the
 * worker's capture writes back — the burst took 47 s to store instead of 14 without the popup
 * (bench/profile-capture.ts --burst 10000 --twitch --popup, load 7–8); bounded: 21 s, popup 4 s busy.
 * Past this many, the numbers shown are those up to the first READER_TAIL unfolded events, and
 * `behind` says how many the worker has left ("Still summarising N events…").
 */
export const READER_TAIL = 500;

async function currentWork(db: LiveCopilotDb, streamId: number, allBuckets: boolean) {
  const state = await db.summaryStates.get(streamId);
  const work = await loadWork(db, streamId, state);
  if (!work) return null;
  if (allBuckets) for (const b of await db.summaryMinutes.where('[streamId+minute]').between(...range(streamId)).toArray()) work.buckets.set(b.minute, b);
  const unfolded = () => db.events.where('[streamId+seq]').between([streamId, work.state.seq + 1], [streamId, Dexie.maxKey]);
  const tail = await unfolded().limit(READER_TAIL).toArray();
  // Counted before the fold moves work.state.seq on; a count reads no rows.
  const behind = tail.length < READER_TAIL ? tail.length : await unfolded().count();
  if (tail.length) await foldRows(db, streamId, work, tail);
  return { work, behind };
}

export interface LoadedSummary extends SummaryReport {
  /**
   * Events not folded by the worker yet; the first READER_TAIL of them are folded here in memory.
   * Large means the worker should catch up.
   */
  behind: number;
}

export function loadSummaryReport(db: LiveCopilotDb, streamId: number): Promise<LoadedSummary | null> {
  return db.transaction('r', [...summaryTables(db), db.viewerSamples], async () => {
    const cur = await currentWork(db, streamId, true);
    if (!cur) return null;
    const { work } = cur;
    if (!work.productsLoaded) for (const p of await db.summaryProducts.where('[streamId+sku]').between(...range(streamId)).toArray()) work.products.set(p.sku, p);
    const catalog = (await streamCatalog(db, streamId)).products; // this stream's shop only (lib/catalog/scope.ts)
    const [changes, rs, q] = await Promise.all([pitchChanges(db, streamId, catalog), readings(db, streamId), questionGroups(db, streamId, [...work.excluded])]);
    // Texts only where a group's first question was deleted: its next kept question stands in.
    const firsts = new Map<string, (typeof q.members)[number]>();
    for (const m of q.members) {
      if (!work.excluded.has(m.groupId) || work.excluded.has(m.eventId)) continue;
      const f = firsts.get(m.groupId);
      if (!f || m.ts < f.ts) firsts.set(m.groupId, m);
    }
    const texts = new Map((await db.events.bulkGet([...firsts.values()].map((m) => [streamId, m.eventId] as [number, string]))).flatMap((e) => (e?.text ? [[e.id, e.text] as const] : [])));
    const report = finalize({
      state: work.state,
      buckets: [...work.buckets.values()].sort((a, b) => a.minute - b.minute),
      products: [...work.products.values()],
      readings: rs,
      pitches: changes,
      questions: questionsMetric(q.groups, q.members, work.excluded, (id) => texts.get(id)),
      catalogSkus: new Set(catalog.map((p) => p.sku)),
    });
    return { ...report, behind: cur.behind };
  });
}

/** What the popup's stream list shows: the summary's own numbers, without its series. */
export interface Headline {
  durationMs: number;
  peakViewers: number | null;
  comments: number;
  /** (positive − negative) / labelled comments, −1…1; null when none is labelled. */
  mood: number | null;
  behind: number;
}

export function loadHeadline(db: LiveCopilotDb, streamId: number): Promise<Headline | null> {
  return db.transaction('r', [...summaryTables(db), db.viewerSamples], async () => {
    const cur = await currentWork(db, streamId, false);
    if (!cur) return null;
    const s = cur.work.state;
    const samples = db.viewerSamples.where('[streamId+ts]').between(...range(streamId));
    const [first, last, markers] = await Promise.all([samples.first(), samples.clone().last(), db.pitches.where('[streamId+ts]').between(...range(streamId)).toArray()]);
    // Peak: the stream record keeps the highest reading as readings are stored.
    const stream = await db.streams.get(streamId);
    const ends = [first, last].filter((r): r is NonNullable<typeof r> => !!r).map((r) => ({ ts: r.ts, viewers: r.viewers }));
    const { firstTs, lastTs } = streamRange({ state: s, readings: ends, pitches: markers.map((m) => ({ ts: m.ts, sku: m.sku, source: 'marker' as const })) });
    return {
      durationMs: firstTs === null || lastTs === null ? 0 : lastTs - firstTs,
      peakViewers: first ? (stream?.peakViewers ?? null) : null,
      comments: s.comments,
      mood: moodOf(s),
      behind: cur.behind,
    };
  });
}
