/**
 * Grounded reply drafts offline with the extension's own code (lib/suggest):
 *   npm run suggest -- --catalog CATALOG.csv|json --faq FAQ.json --in LINES.jsonl [--pitching SKU] [--backend auto|wasm|cpu]
 * stdout: each input line with `product` (resolved sku or null) and `suggestions` (up to 3
 * {text, lang, facts}; [] for lines that need no reply) added.
 */
import { parseFaq } from '../lib/catalog';
import type { MlBackendChoice } from '../lib/ml/labels';
import { readSuggestLines, suggestCommand } from '../lib/suggest/offline/commands';
import { arg, emit, loadCatalog, readNamed, run, UsageError } from './lib/cli';
import { nodeMlRuntime } from './lib/node-ml';

run(async () => {
  const [file, catFile, faqFile] = [arg('--in'), arg('--catalog'), arg('--faq')];
  if (!file || !catFile || !faqFile) throw new UsageError('usage: npm run suggest -- --catalog CATALOG --faq FAQ.json --in LINES.jsonl [--pitching SKU] [--backend auto|wasm|cpu]');
  const catalog = loadCatalog(catFile) ?? [];
  const faqR = parseFaq(readNamed(faqFile, 'FAQ'), new Set(catalog.map((p) => p.sku)));
  if (faqR.fatal) throw new UsageError(`FAQ file ${faqFile}: ${faqR.fatal}`);
  for (const e of faqR.errors) process.stderr.write(`FAQ ${faqFile} line ${e.line}: ${e.message}\n`);
  const lines = readSuggestLines(readNamed(file, 'input'));
  const rt = await nodeMlRuntime((arg('--backend') ?? 'auto') as MlBackendChoice);
  const out = await suggestCommand(lines, { classify: (t) => rt.classify(t), embed: (t, o) => rt.embed(t, o) }, { catalog, faq: faqR.rows, pitching: arg('--pitching') ?? null });
  rt.dispose();
  return emit(lines, out);
});
