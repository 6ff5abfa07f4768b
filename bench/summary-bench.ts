/**
 * Summary time in the browser (issue 12: a 100,000-event stream summarises in ≤ 1 s). Called by
 * `npm run bench` through the bench-lab page (bench/lab/summary.ts → `benchSummary([10_000, 100_000])`).
 *
 * Per size, on a scratch database deleted afterwards: a simulated shop stream (lib/sim, ~30 msg/s)
 * is stored through the worker's write path with its truth as labels (what the labeller would
 * write), its question comments grouped by their truth (what the question queue would store), and
 * folded into the aggregates the worker keeps as events are labelled — none of that is timed. Then:
 * - `ms`: `loadSummaryReport`, what the popup's summary and the report page call (aggregates kept
 *   up to date: the product's normal case);
 * - `unfoldedMs`: the same call with no aggregates stored (the worst case: a worker that never
 *   caught up). Until 2026-11-29 the reader then folded every event itself; now it folds the first
 *   READER_TAIL (500) and reports the rest as behind (lib/summary/store/read.ts), so this is the
 *   cost of one page read while the worker is behind, not of a whole fold.
 */
import { LiveCopilotDb } from '@/lib/db/db';
import type { QuestionGroupRecord, QuestionMemberRecord } from '@/lib/db/schema';
import { storeEvents } from '@/lib/db/events-repo';
import { attachStream } from '@/lib/db/streams-repo';
import type { LiveEvent } from '@/lib/events/live-event';
import type { CommentLabels } from '@/lib/ml/labels';
import { generateCatalog } from '@/lib/sim/gen/catalog';
import { createShopSim } from '@/lib/sim/shop';
import { isPitchOnlyLine } from '@/lib/stream-log/to-log';
import { catchUpSummary } from '@/lib/summary/store/catch-up';
import { loadSummaryReport } from '@/lib/summary/store/read';

export interface SummaryBenchRow {
  events: number;
  ms: number;
  unfoldedMs: number;
  /** Sanity: the report's comment total and minute buckets (a report of nothing would be fast too). */
  comments: number;
  minutes: number;
}

const RATE = 30;
const BATCH = 500;

async function fill(db: LiveCopilotDb, events: number): Promise<number> {
  const catalog = generateCatalog({ seed: 7, lang: 'en', products: 40 });
  await db.products.bulkAdd(catalog.map((p) => ({ ...p })));
  const sim = createShopSim({ lang: 'en', catalog, faq: [], shop: 'bench', seed: 7, rate: RATE, minutes: Math.ceil(events / (RATE * 60)) + 5 });
  const run = sim.nextStream()!;
  const stream = await attachStream(db, { roomKey: sim.streamKey, platform: sim.platform, url: `https://www.tiktok.com/@bench/live` }, Date.now());
  const id = stream.id!;
  const groups = new Map<string, QuestionGroupRecord>();
  const members: QuestionMemberRecord[] = [];
  let batch: LiveEvent[] = [];
  let stored = 0;
  const flush = async () => {
    const { rows } = await storeEvents(db, id, batch, Date.now());
    stored += rows.length;
    batch = [];
  };
  for (const it of run.items()) {
    if (it.event.pitch) await db.pitches.add({ streamId: id, ts: it.event.ts, sku: it.event.pitch.sku, source: 'host' });
    if (isPitchOnlyLine(it.event)) continue;
    if (stored + batch.length >= events && it.event.kind !== 'viewers') break;
    const { labels: _l, pitch: _p, ...event } = it.event;
    const c = it.comment;
    const labels: CommentLabels | undefined = c ? { lang: c.lang === 'zh' ? 'zh' : 'en', sentiment: c.sentiment, sentimentScore: 0.9, intent: c.intent, intentScore: 0.9 } : undefined;
    batch.push(labels ? { ...event, labels } as LiveEvent : (event as LiveEvent));
    if (c?.question && c.role === 'viewer') {
      const g = groups.get(c.question);
      if (g) {
        g.count++;
        g.lastTs = c.ts;
        g.lastEventId = c.id;
      } else groups.set(c.question, { streamId: id, groupId: c.id, text: it.event.text ?? '', lang: 'en', sku: c.sku, attribute: 'other', value: null, count: 1, askers: [c.viewer], askerCount: 1, firstTs: c.ts, lastTs: c.ts, lastEventId: c.id, lastAsker: c.viewer, samples: [], open: 1, negFirstTs: -c.ts });
      members.push({ streamId: id, eventId: c.id, groupId: groups.get(c.question)!.groupId, ts: c.ts, author: c.viewer });
    }
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length) await flush();
  await db.questionGroups.bulkPut([...groups.values()]);
  await db.questionMembers.bulkPut(members);
  const s = (await db.streams.get(id))!;
  await db.streams.update(id, { labelledSeq: s.eventCount - 1 });
  return id;
}

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await f();
  return [r, Math.round(performance.now() - t0)];
}

export async function benchSummary(sizes: number[]): Promise<SummaryBenchRow[]> {
  const out: SummaryBenchRow[] = [];
  for (const events of sizes) {
    const db = new LiveCopilotDb(`bench-summary-${events}-${Date.now()}`);
    try {
      const id = await fill(db, events);
      const stored = (await db.streams.get(id))!.eventCount;
      while (await catchUpSummary(db, id));
      await loadSummaryReport(db, id); // warm-up: the first read opens the object stores
      const [report, ms] = await timed(() => loadSummaryReport(db, id));
      await Promise.all([db.summaryStates.clear(), db.summaryMinutes.clear(), db.summaryProducts.clear(), db.streamViewers.clear()]);
      const [, unfoldedMs] = await timed(() => loadSummaryReport(db, id));
      out.push({ events: stored, ms, unfoldedMs, comments: report!.summary.comments.total, minutes: report!.series.length });
    } finally {
      await db.delete();
    }
  }
  return out;
}
