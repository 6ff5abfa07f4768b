/**
 * FAQ auto-answer decisions offline, with the extension's own code (lib/faq):
 *   npm run faq:match -- --faq FAQ.json|csv --in LINES.jsonl [--explain] [--backend auto|wasm|cpu]
 * stdout: each input line (comment event or {text}) with `faq` (answering entry id or null),
 * `score` (its confidence 0..1, or the closest entry's when none answers; null without entries)
 * and `reply` (the text that would be posted, @mention included, or null) added.
 */
import { parseFaq } from '../lib/catalog';
import { faqMatchCommand, readFaqLines } from '../lib/faq/offline/match-command';
import type { MlBackendChoice } from '../lib/ml/labels';
import { arg, emit, readNamed, run, UsageError } from './lib/cli';
import { nodeMlRuntime } from './lib/node-ml';

run(async () => {
  const [file, faqFile] = [arg('--in'), arg('--faq')];
  if (!file || !faqFile) throw new UsageError('usage: npm run faq:match -- --faq FAQ.json --in LINES.jsonl [--explain] [--backend auto|wasm|cpu]');
  const faqR = parseFaq(readNamed(faqFile, 'FAQ'));
  if (faqR.fatal) throw new UsageError(`FAQ file ${faqFile}: ${faqR.fatal}`);
  for (const e of faqR.errors) process.stderr.write(`FAQ ${faqFile} line ${e.line}: ${e.message}\n`);
  const lines = readFaqLines(readNamed(file, 'input'));
  const rt = await nodeMlRuntime((arg('--backend') ?? 'auto') as MlBackendChoice);
  const out = await faqMatchCommand(lines, { classify: (t) => rt.classify(t), embed: (t, o) => rt.embed(t, o) }, { faq: faqR.rows, explain: process.argv.includes('--explain') });
  rt.dispose();
  return emit(lines, out);
});
