/**
 * Builds `zh-idf.json`: inverse document frequencies of the Chinese character 1-2-gram terms
 * (lib/ml/similarity bm25Terms) over the Chinese comments of the models' TRAINING corpus
 * (models/corpus/train.jsonl — never the suggest evaluation sets). Only terms frequent enough to
 * matter are kept (df ≥ MIN_DF); any other term is rare and gets the table's `rare` weight.
 *   npx tsx lib/suggest/group/build-zh-idf.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bm25Terms } from '../../ml/similarity/bm25';

const MIN_DF = 30;

function main(): void {
  const lines = readFileSync(join(process.cwd(), 'models', 'corpus', 'train.jsonl'), 'utf8').split('\n');
  // The corpus repeats each template with noise: count a text once.
  const texts = [...new Set(lines.flatMap((l) => {
    if (!l.trim()) return [];
    const r = JSON.parse(l) as { text: string; lang: string };
    return r.lang === 'zh' ? [r.text] : [];
  }))];
  const df = new Map<string, number>();
  for (const t of texts) for (const term of new Set(bm25Terms(t).filter((x) => !x.startsWith('w:') && !x.startsWith('c:')))) df.set(term, (df.get(term) ?? 0) + 1);
  const n = texts.length;
  const idf = (d: number): number => Math.round(100 * Math.log(n / d)) / 100;
  const terms = Object.fromEntries([...df].filter(([, d]) => d >= MIN_DF).sort((a, b) => b[1] - a[1]).map(([t, d]) => [t, idf(d)]));
  const out = { about: `idf = ln(N/df) over ${n} distinct Chinese comments of models/corpus/train.jsonl; terms with df >= ${MIN_DF}; built by lib/suggest/group/build-zh-idf.ts`, rare: idf(MIN_DF - 1), terms };
  writeFileSync(join(process.cwd(), 'lib', 'suggest', 'group', 'zh-idf.json'), `${JSON.stringify(out)}\n`);
  console.log(`${n} texts, ${Object.keys(terms).length} terms kept`);
}

main();
