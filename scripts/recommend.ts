/**
 * The next product to pitch, offline, with the extension's own recommender (lib/recommend):
 *   npm run recommend -- --catalog C --in EVENTS.jsonl [--history DIR] [--at TS] [--json] [--no-models] [--backend auto|wasm|cpu]
 * --history DIR: every *.jsonl in DIR is one past stream of the same shop (name order).
 * stdout: {"ranking": [{"sku", "score", "reasons": [text]}]}, best first, at --at (default: the
 * last event). Bad lines: `line N: …` on stderr, left out, exit 1. Comments without labels are
 * labelled with the shipped models (their intent tells questions and purchase intents apart).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LogEvent } from '../lib/events/event-log';
import { parseEventLog } from '../lib/events/event-log';
import type { MlBackendChoice } from '../lib/ml/labels';
import { createRecommender, reasonText } from '../lib/recommend';
import { arg, loadCatalog, readNamed, run, UsageError } from './lib/cli';
import { nodeMlRuntime } from './lib/node-ml';

const USAGE = 'usage: npm run recommend -- --catalog C --in EVENTS.jsonl [--history DIR] [--at TS] [--json] [--no-models]';

run(async () => {
  const file = arg('--in');
  const catalog = loadCatalog(arg('--catalog'));
  if (!file || !catalog) throw new UsageError(USAGE);
  const atArg = arg('--at');
  const at = atArg === undefined ? undefined : Number(atArg);
  if (at !== undefined && !Number.isFinite(at)) throw new UsageError(`--at ${atArg}: not an epoch-ms number`);
  let bad = false;
  const read = (f: string, what: string): LogEvent[] => {
    const p = parseEventLog(readNamed(f, what));
    for (const e of p.errors) { process.stderr.write(`${what === 'input' ? '' : `${f} `}line ${e.line}: ${e.message}\n`); bad = true; }
    return p.events;
  };
  const dir = arg('--history');
  let pastFiles: string[] = [];
  if (dir) {
    try { pastFiles = readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort().map((n) => join(dir, n)); }
    catch (e) { throw new UsageError(`cannot read history folder ${dir}: ${(e as Error).message}`); }
  }
  const streams = [...pastFiles.map((f) => read(f, 'history')), read(file, 'input')];
  const unlabelled = streams.flat().filter((e) => e.kind === 'comment' && !e.labels && e.text?.trim());
  if (unlabelled.length && !process.argv.includes('--no-models')) {
    const rt = await nodeMlRuntime((arg('--backend') ?? 'auto') as MlBackendChoice).catch((e: unknown) => {
      process.stderr.write(`ml: not loaded (${e instanceof Error ? e.message : String(e)}); unlabelled comments count as plain mentions\n`);
      return null;
    });
    if (rt) {
      const labels = await rt.classify(unlabelled.map((e) => e.text ?? ''));
      unlabelled.forEach((e, i) => { const l = labels[i]; if (l) e.labels = l; });
      rt.dispose();
    }
  }
  const current = streams.pop() as LogEvent[];
  const rec = createRecommender({ catalog, history: streams });
  const until = at ?? current[current.length - 1]?.ts ?? 0;
  for (const e of current) if (e.ts <= until) rec.push(e);
  const ranking = rec.rank(until).map((r) => ({ sku: r.sku, score: r.score, reasons: r.reasons.map((x) => reasonText(x, 'en')) }));
  process.stdout.write(`${JSON.stringify({ ranking })}\n`);
  return bad ? 1 : 0;
});
