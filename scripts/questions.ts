/**
 * Groups a stream's questions offline with the extension's own code (lib/suggest):
 *   npm run questions -- --in EVENTS.jsonl [--catalog CATALOG.csv|json] [--backend auto|wasm|cpu]
 * stdout: each input line with `question` (bool) and `group` (id shared by lines asking the same
 * thing, null for non-questions) added. Labels come from each line's `labels`, else the shipped models.
 */
import type { MlBackendChoice } from '../lib/ml/labels';
import { questionsCommand, readQuestionLines } from '../lib/suggest/offline/commands';
import { arg, emit, loadCatalog, readNamed, run, UsageError } from './lib/cli';
import { nodeMlRuntime } from './lib/node-ml';

run(async () => {
  const file = arg('--in');
  if (!file) throw new UsageError('usage: npm run questions -- --in EVENTS.jsonl [--catalog FILE] [--backend auto|wasm|cpu]');
  const catalog = loadCatalog(arg('--catalog'));
  const lines = readQuestionLines(readNamed(file, 'input'));
  const needModels = lines.some((l) => l.value && !l.value.labels && typeof l.value.text === 'string');
  const rt = needModels ? await nodeMlRuntime((arg('--backend') ?? 'auto') as MlBackendChoice) : null;
  const out = await questionsCommand(lines, { classify: rt ? (t) => rt.classify(t) : undefined, embed: rt ? (t, o) => rt.embed(t, o) : undefined }, catalog);
  rt?.dispose();
  return emit(lines, out);
});
