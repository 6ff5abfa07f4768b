/**
 * Similarity (FAQ paraphrase retrieval) and product-mention evaluation on the hand-written held-out
 * sets in models/corpus/, through the shipped lib/ml code. Also writes their model cards.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MlRuntime } from '../../lib/ml/runtime';
import { createFaqMatcher, type EmbedFn } from '../../lib/ml/similarity';
import { findProductMention, type MentionProduct } from '../../lib/ml/product-mention';
import { ROOT } from './data';

interface FaqSet { faqs: { id: string; lang: string; question: string }[]; queries: { text: string; faqId: string }[] }
/** The set keeps its own small catalog shape; it is read into the catalog's Product fields. */
interface MentionSet { catalog: { id: string; number: number; name: string; aliases: string[] }[]; cases: { text: string; pitched: string | null; expected: string | null }[] }

const CORPUS = join(ROOT, 'models', 'corpus');
const pct = (x: number): string => (100 * x).toFixed(1);

async function faqAccuracy(set: FaqSet, lang: string, embed: EmbedFn | undefined, synonyms = true, embedHan = false): Promise<{ top1: number; top3: number; n: number }> {
  const faqs = set.faqs.filter((f) => f.lang === lang).map((f) => ({ id: f.id, questions: [f.question] }));
  const ids = new Set(faqs.map((f) => f.id));
  const qs = set.queries.filter((q) => ids.has(q.faqId));
  const m = await createFaqMatcher(faqs, embed, { synonyms, embedHan });
  let top1 = 0;
  let top3 = 0;
  for (const q of qs) {
    const r = await m.rank(q.text);
    if (r[0]?.faqId === q.faqId) top1 += 1;
    if (r.slice(0, 3).some((x) => x.faqId === q.faqId)) top3 += 1;
  }
  return { top1: top1 / qs.length, top3: top3 / qs.length, n: qs.length };
}

export async function evalExtras(rt: MlRuntime): Promise<Record<string, object>> {
  const faq = JSON.parse(readFileSync(join(CORPUS, 'faq-paraphrase.json'), 'utf8')) as FaqSet;
  const embed: EmbedFn = (t) => rt.embed(t);
  const sim = {
    'en: USE-lite cosine': await faqAccuracy(faq, 'en', embed),
    'en: BM25 words + char trigrams': await faqAccuracy(faq, 'en', undefined),
    'zh: char 1-2-gram BM25 + synonyms': await faqAccuracy(faq, 'zh', undefined, true),
    'zh: char 1-2-gram BM25, no synonyms': await faqAccuracy(faq, 'zh', undefined, false),
    'zh: USE-lite on CC-CEDICT glosses': await faqAccuracy(faq, 'zh', (t) => rt.embed(t, { glossZh: true }), true, true),
  };
  const ms = JSON.parse(readFileSync(join(CORPUS, 'product-mention.json'), 'utf8')) as MentionSet;
  const catalog: MentionProduct[] = ms.catalog.map((p) => ({ sku: p.id, number: String(p.number), title: p.name, aliases: p.aliases }));
  let correct = 0;
  const wrong: string[] = [];
  for (const c of ms.cases) {
    const got = findProductMention(c.text, catalog, c.pitched)?.sku ?? null;
    if (got === c.expected) correct += 1;
    else wrong.push(`| ${c.text} | ${c.pitched ?? '-'} | ${c.expected ?? 'none'} | ${got ?? 'none'} |`);
  }
  const mention = { accuracy: correct / ms.cases.length, n: ms.cases.length };
  const simRows = Object.entries(sim).map(([k, v]) => `| ${k} | ${pct(v.top1)} | ${pct(v.top3)} | ${v.n} |`).join('\n');
  const intro = (n: string): string => readFileSync(join(ROOT, 'models', 'cards', 'text', `${n}.intro.md`), 'utf8').trim();
  const cmd = 'Reproduce: `npm run models:eval`.';
  writeFileSync(join(ROOT, 'models', 'cards', 'similarity.md'), `${intro('similarity')}\n\n## Measured: FAQ paraphrase retrieval (models/corpus/faq-paraphrase.json)\n\n${cmd}\n\n| method | top-1 | top-3 | queries |\n|---|---|---|---|\n${simRows}\n`);
  writeFileSync(
    join(ROOT, 'models', 'cards', 'product-mention.md'),
    `${intro('product-mention')}\n\n## Measured (models/corpus/product-mention.json)\n\n${cmd}\n\naccuracy ${pct(mention.accuracy)}% on ${mention.n} cases.\n\nErrors:\n\n| text | pitched | expected | got |\n|---|---|---|---|\n${wrong.join('\n')}\n`,
  );
  return { similarity: sim, productMention: mention };
}
