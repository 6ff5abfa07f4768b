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

async function currentWork(db: LiveCopilotDb, streamId: number, allBuckets: boolean) {
  const state = await db.summaryStates.get(streamId);
  const work = await loadWork(db, streamId, state);
  if (!work) return null;
  if (allBuckets) for (const b of await db.summaryMinutes.where('[streamId+minute]').between(...range(streamId)).toArray()) work.buckets.set(b.minute, b);
  const tail = await db.events.where('[streamId+seq]').between([streamId, work.state.seq + 1], [streamId, Dexie.maxKey]).toArray();
  if (tail.length) await foldRows(db, streamId, work, tail);
  return { work, behind: tail.length };
}

export interface LoadedSummary extends SummaryReport {
  /** Events not folded by the worker yet (folded here in memory); large means the worker should catch up. */
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
