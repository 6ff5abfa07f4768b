/**
 * bench/results/latest.json and latest.md (plus dated copies: older results are kept by date).
 * The JSON keys are the ones the reliability issue names; the Markdown is the same, as tables.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackendMeasurement } from '../../lib/realtime/backend-choice';
import type { OffscreenPerf } from '../../lib/messaging/ml-protocol';
import type { HeapMB } from './cdp-memory';
import type { Machine } from './machine';
import type { CaptureRow, LatencyRow, ThroughputRow } from '../suites/pipeline';
import type { ModelRow } from '../suites/models';
import type { PanelResult } from '../suites/panel';
import type { IdbWriteResult } from '../lab/idb-writes';

export interface BenchResults {
  date: string;
  command: string;
  quick: boolean;
  durationS: number;
  machine: Machine;
  /** What 'auto' measured on first load, and the pick. */
  autoBackend: Pick<BackendMeasurement, 'picked' | 'reference' | 'ms' | 'trials'> | null;
  /** The offscreen document's model load on the picked backend (first load, then per backend switch). */
  modelLoadMs: { firstLoad: number | null; byBackend: Record<string, number | null> };
  capture: CaptureRow[];
  latency: LatencyRow[];
  throughput: ThroughputRow[];
  models: ModelRow[];
  idbWritesPerSec: number | null;
  idb: IdbWriteResult | null;
  panelFrameMs: PanelResult | null;
  summary: { events: number; ms: number }[] | { missing: string };
  memoryMB: HeapMB;
  /** The offscreen label cache after the runs. */
  labelCache: OffscreenPerf['labels'];
  errors: string[];
}

const cell = (v: unknown): string => (v === null || v === undefined ? '—' : typeof v === 'number' ? String(Math.round(v * 10) / 10) : String(v));
const table = (head: string[], rows: unknown[][]): string[] => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];

export function markdown(r: BenchResults): string {
  const m = r.machine;
  const lines = [
    `# Benchmarks ${r.date}${r.quick ? ' (quick run)' : ''}`,
    '',
    `\`${r.command}\` — ${Math.round(r.durationS / 60)} min. Machine: ${m.cpu} × ${m.cores}, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, ${m.browser}. GPU: ${m.gpu}. Load average (1 min) ${m.loadAvg.start} at the start, ${m.loadAvg.end ?? '—'} at the end (other work shares these cores).`,
    '',
    '## Backend chosen by measurement (auto, first load)',
    '',
    r.autoBackend ? `Picked **${r.autoBackend.picked}** (outputs compared with ${r.autoBackend.reference}) in ${cell(r.autoBackend.ms)} ms.` : 'Not measured.',
    '',
    ...(r.autoBackend ? table(['backend', 'ok', 'comments/s', 'load ms', 'max prob. diff', 'note'], r.autoBackend.trials.map((t) => [t.backend, t.ok, t.itemsPerSec, t.loadMs, t.maxProbDiff, t.error ?? ''])) : []),
    '',
    `Model load in the offscreen document: first load ${cell(r.modelLoadMs.firstLoad)} ms; ${Object.entries(r.modelLoadMs.byBackend).map(([b, ms]) => `${b} ${cell(ms)} ms`).join(', ')}.`,
    '',
    '## Capture bursts (page → content script → worker → IndexedDB)',
    '',
    ...table(['msg/s', 's', 'sent', 'stored', 'lost', 'duplicated'], r.capture.map((c) => [c.rate, c.seconds, c.sent, c.stored, c.lost, c.duplicated])),
    '',
    '## Capture → label latency (ms; row enters the page → labels committed in IndexedDB)',
    '',
    ...table(['msg/s', 'backend', 's', 'comments', 'p50', 'p95', 'p99', 'max', 'unlabelled', 'note'], r.latency.map((l) => [l.rate, l.backend, l.seconds, l.n, l.p50, l.p95, l.p99, l.max, l.unlabelled, l.note ?? ''])),
    '',
    '## Sustained load through the whole pipeline (wasm)',
    '',
    ...table(
      ['msg/s', 's', 'sent', 'stored', 'lost', 'dup.', 'all stored after end (ms)', 'labelled/s', 'max backlog', 'drained after end (ms)', 'labelled ≤ 2 s after end', 'p50', 'p95', 'p99', 'unlabelled at stop'],
      r.throughput.map((t) => [t.rate, t.seconds, t.sent, t.stored, t.lost, t.duplicated, t.storedAfterMs ?? 'never', t.labelledPerSec, t.maxBacklog, t.drainMs, t.labelledWithin2sOfEnd, t.latency?.p50, t.latency?.p95, t.latency?.p99, t.unlabelled]),
    ),
    '',
    '## Models alone (model lab page, per backend and batch size)',
    '',
    ...table(['model', 'backend', 'batch', 'comments/s', 'mean ms/batch', 'p95 ms', 'load ms', 'JS heap MB', 'note'], r.models.map((x) => [x.model, x.backend, x.batch, x.commentsPerSec, x.meanMs, x.p95Ms, x.loadMs, x.heapMB, x.note ?? ''])),
    '',
    '## IndexedDB, side panel, summary, memory',
    '',
    `- idbWritesPerSec: ${cell(r.idbWritesPerSec)} events/s stored through the worker's write path (batches of ${cell(r.idb?.batch)}); labels written ${cell(r.idb?.labelsPerSec)}/s.`,
    `- panelFrameMs (side panel while the feed scrolls at ${cell(r.panelFrameMs?.rate)} msg/s): p50 ${cell(r.panelFrameMs?.p50)}, p95 ${cell(r.panelFrameMs?.p95)}, p99 ${cell(r.panelFrameMs?.p99)}, max ${cell(r.panelFrameMs?.max)} over ${cell(r.panelFrameMs?.frames)} frames.`,
    `- summary: ${Array.isArray(r.summary) ? r.summary.map((s) => `${s.events.toLocaleString('en-US')} events ${cell(s.ms)} ms`).join(', ') : r.summary.missing}.`,
    `- memoryMB (JS heap): offscreen ${cell(r.memoryMB.offscreen)}, its two model workers together ${cell(r.memoryMB.modelWorker)}, worker ${cell(r.memoryMB.worker)}, side panel ${cell(r.memoryMB.sidepanel)} (largest seen during the sustained runs; side panel after its run).`,
    `- label cache after the runs: ${r.labelCache ? `${r.labelCache.cache.hits} hits, ${r.labelCache.cache.misses} misses, ${r.labelCache.cache.size} entries` : '—'}.`,
    ...(r.errors.length ? ['', '## Errors', '', ...r.errors.map((e) => `- ${e}`)] : []),
    '',
  ];
  return lines.join('\n');
}

export function writeResults(r: BenchResults, dir = 'bench/results'): string[] {
  const out = r.quick ? join(dir, 'quick') : dir;
  mkdirSync(out, { recursive: true });
  const json = `${JSON.stringify(r, null, 2)}\n`;
  const md = markdown(r);
  const stamp = r.date.replace(/:/g, '').slice(0, 15);
  const files = [join(out, 'latest.json'), join(out, 'latest.md'), join(out, `${stamp}.json`), join(out, `${stamp}.md`)];
  writeFileSync(files[0]!, json);
  writeFileSync(files[1]!, md);
  writeFileSync(files[2]!, json);
  writeFileSync(files[3]!, md);
  return files;
}
