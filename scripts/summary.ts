/**
 * One stream's summary offline, with the extension's own code (lib/summary, formats.md "Summary metrics"):
 *   npm run summary -- --in EVENTS.jsonl [--catalog CATALOG.csv|json] [--json] [--report] [--backend auto|wasm|cpu]
 * stdout: one JSON document, the metrics (`--report`: the metrics with the per-minute series,
 * readings and pitch segments the report page draws). Bad lines: `line N: …` on stderr, left out,
 * exit 1. Lines without labels are labelled with the shipped models; questions are grouped as the
 * extension groups them (USE-lite embeddings when the models load).
 */
import type { MlBackendChoice } from '../lib/ml/labels';
import { parseEventLog } from '../lib/events/event-log';
import { isCommentKind } from '../lib/summary/counts';
import { needsLabels, summarizeLogOffline } from '../lib/summary/offline';
import { arg, loadCatalog, readNamed, run, UsageError } from './lib/cli';
import { nodeMlRuntime } from './lib/node-ml';

run(async () => {
  const file = arg('--in');
  if (!file) throw new UsageError('usage: npm run summary -- --in EVENTS.jsonl [--catalog FILE] [--json] [--report] [--backend auto|wasm|cpu]');
  const catalog = loadCatalog(arg('--catalog'));
  const parsed = parseEventLog(readNamed(file, 'input'));
  for (const e of parsed.errors) process.stderr.write(`line ${e.line}: ${e.message}\n`);
  const rooms = new Set(parsed.events.map((e) => `${e.platform} ${e.streamKey}`));
  if (rooms.size > 1) process.stderr.write(`warning: the log holds ${rooms.size} rooms (${[...rooms].join(', ')}); they are summarised as one stream\n`);
  // Models: to label what the log left unlabelled, and to embed questions as the extension does.
  const texts = parsed.events.some((e) => isCommentKind(e.kind) && e.text?.trim());
  const rt = texts && !process.argv.includes('--no-models') ? await nodeMlRuntime((arg('--backend') ?? 'auto') as MlBackendChoice).catch((e: unknown) => {
    process.stderr.write(`ml: not loaded (${e instanceof Error ? e.message : String(e)}); ${parsed.events.some(needsLabels) ? 'unlabelled lines stay out of the mixes' : 'questions grouped without embeddings'}\n`);
    return null;
  }) : null;
  const report = await summarizeLogOffline(parsed.events, catalog, { classify: rt ? (t) => rt.classify(t) : undefined, embed: rt ? (t, o) => rt.embed(t, o) : undefined });
  rt?.dispose();
  const out = process.argv.includes('--report') ? report : report.summary;
  process.stdout.write(`${JSON.stringify(out)}\n`);
  return parsed.errors.length ? 1 : 0;
});
