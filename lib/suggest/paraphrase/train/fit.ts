/**
 * Fits the "same question?" scorer (features.ts) per language on pairs from three sources, all
 * of them written for tuning (never dev2, dev4 or a test split, the held-out checks):
 *  - `written`: the generated pairs (generate.ts, from pairs-en.ts / pairs-zh.ts), less any whose
 *    text equals a held-out line (held-out.ts);
 *  - `group`: the grouping dev split's gold question pairs within a stream that the grouper
 *    compares by text (same attribute cue, or none on either side);
 *  - `faq`: the FAQ dev, dev2 and dev3 question lines against each entry's question variants
 *    (same = the line's expected entry).
 * Reports cross-validated AUC per source (4 folds by cluster / stream / shop, so a fold's pairs
 * never share a cluster, stream or shop with the pairs its weights were fitted on) against the
 * grouper's surface similarity.
 *   npx tsx lib/suggest/paraphrase/train/fit.ts [--lambda 1] [--sources written,group,faq] [--write]
 * --write rewrites ../weights.ts with the weights fitted on all training pairs.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeMlRuntime } from '../../../../scripts/lib/node-ml';
import { fitLogistic } from '../../../faq/eval/logistic';
import { cachedModels, modelsVersion } from '../../../faq/eval/model-cache';
import { surfaceSimilarity } from '../surface';
import { parseFaq } from '../../../catalog';
import { detectAttribute } from '../../slots/attributes';
import { normalizeText } from '../../../ml/features/text-normalize';
import { simplifyZh } from '../../slots/zh-fold';
import { PARA_FEATURES, paraFeatures, type ParaLang } from '../features';
import { scoreWith } from '../scorer';
import type { ParaWeights } from '../weights';
import { generatePairs } from './generate';
import { heldOutTexts } from './held-out';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../../../..');
const arg = (n: string): string | undefined => { const i = process.argv.indexOf(n); return i >= 0 ? process.argv[i + 1] : undefined; };

/** Area under the ROC curve (probability a same pair outscores a different pair). */
export function auc(scores: number[], ys: number[]): number {
  const idx = scores.map((s, i) => [s, ys[i]!] as const).sort((a, b) => a[0] - b[0]);
  let rank = 0; let pos = 0; let sumPos = 0;
  for (let i = 0; i < idx.length;) {
    let j = i; while (j < idx.length && idx[j]![0] === idx[i]![0]) j += 1;
    const r = (i + j + 1) / 2;
    for (let k = i; k < j; k += 1) if (idx[k]![1]) { pos += 1; sumPos += r; }
    rank = j; i = j;
  }
  const neg = rank - pos;
  return pos && neg ? (sumPos - (pos * (pos + 1)) / 2) / (pos * neg) : 0.5;
}

interface Pair { src: 'written' | 'group' | 'faq'; fold: string; a: string; b: string; y: number }

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

const attrOf = (t: string) => detectAttribute(normalizeText(simplifyZh(t)));

function sourcePairs(lang: ParaLang, sources: Set<string>): Pair[] {
  const out: Pair[] = [];
  if (sources.has('written')) for (const p of generatePairs(lang, 7, heldOutTexts(ROOT))) out.push({ src: 'written', fold: `w${p.cluster}`, a: p.a, b: p.b, y: p.same });
  if (sources.has('group')) {
    const dir = join(ROOT, 'lib/suggest/eval/dev');
    for (const f of readdirSync(dir).filter((x) => x.startsWith(`${lang}-dev-`) && x.endsWith('.jsonl'))) {
      const qs = readJsonl<{ text: string; gold: { group: string | null } }>(join(dir, f)).filter((e) => e.gold.group);
      for (let i = 0; i < qs.length; i += 1) for (let j = i + 1; j < qs.length; j += 1) {
        const [x, y] = [attrOf(qs[i]!.text), attrOf(qs[j]!.text)];
        if (x !== y && x !== 'other' && y !== 'other') continue;
        out.push({ src: 'group', fold: `g${f}`, a: qs[i]!.text, b: qs[j]!.text, y: qs[i]!.gold.group === qs[j]!.gold.group ? 1 : 0 });
      }
    }
  }
  if (sources.has('faq')) {
    const base = join(ROOT, 'lib/faq/eval');
    for (const split of ['dev', 'dev2', 'dev3']) for (const f of readdirSync(join(base, split)).filter((x) => x.endsWith('.jsonl'))) {
      const shop = f.replace(/\.jsonl$/, '');
      const faq = parseFaq(readFileSync(join(base, 'shops', `${shop}-faq.json`), 'utf8')).rows.filter((e) => e.lang === lang || e.lang === 'any');
      for (const l of readJsonl<{ text: string; lang: string; expect: string | null; kind: string }>(join(base, split, f))) {
        if (l.lang !== lang || (l.kind !== 'paraphrase' && l.kind !== 'same-topic')) continue;
        for (const e of faq) for (const q of e.questions.filter((x) => /\p{Script=Han}/u.test(x) === (lang === 'zh'))) out.push({ src: 'faq', fold: `f${shop}`, a: l.text, b: q, y: e.id === l.expect ? 1 : 0 });
      }
    }
  }
  return out;
}

function foldOf(key: string): number {
  let h = 0;
  for (const c of key) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % 4;
}

async function main(): Promise<void> {
  const lambda = Number(arg('--lambda') ?? '1');
  const sources = new Set((arg('--sources') ?? 'written,group,faq').split(','));
  const rt: { current: Awaited<ReturnType<typeof nodeMlRuntime>> | null } = { current: null };
  const models = async () => (rt.current ??= await nodeMlRuntime('wasm'));
  const m = cachedModels(join(ROOT, `node_modules/.cache/paraphrase-${modelsVersion(join(ROOT, 'public/models'))}.json`), {
    classify: async () => { throw new Error('not used'); },
    embed: async (t, o) => (await models()).embed(t, o),
  });
  const out: Record<string, ParaWeights> = {};
  for (const lang of ['en', 'zh'] as const) {
    const pairs = sourcePairs(lang, sources);
    const texts = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
    const got = lang === 'en' ? await m.embed(texts) : await m.embed(texts.map(simplifyZh), { glossZh: true });
    const vecs = new Map(texts.map((t, i) => [t, got[i] ?? null]));
    const rep = (t: string) => ({ text: t, vec: vecs.get(t) ?? null });
    const xs = pairs.map((p) => paraFeatures(lang, rep(p.a), rep(p.b)));
    const ys = pairs.map((p) => p.y);
    // Each source counts as much as the others, however many pairs it has.
    const bySrc = new Map<string, number>();
    for (const p of pairs) bySrc.set(p.src, (bySrc.get(p.src) ?? 0) + 1);
    const weightOf = (p: Pair) => pairs.length / (bySrc.size * bySrc.get(p.src)!);
    const fitOn = (idx: number[]) => fitLogistic(idx.map((i) => xs[i]!), idx.map((i) => ys[i]!), lambda, 25, idx.map((i) => weightOf(pairs[i]!)));
    const cv = new Array<number>(pairs.length).fill(0);
    for (let f = 0; f < 4; f += 1) {
      const w = fitOn(pairs.map((_, i) => i).filter((i) => foldOf(pairs[i]!.fold) !== f));
      pairs.forEach((p, i) => { if (foldOf(p.fold) === f) cv[i] = scoreWith(w, xs[i]!); });
    }
    for (const src of bySrc.keys()) {
      const idx = pairs.map((_, i) => i).filter((i) => pairs[i]!.src === src);
      const base = idx.map((i) => surfaceSimilarity(lang, rep(pairs[i]!.a), rep(pairs[i]!.b)));
      process.stdout.write(`${lang} ${src}: ${idx.length} pairs (${idx.filter((i) => ys[i]).length} same), cross-validated AUC ${auc(idx.map((i) => cv[i]!), idx.map((i) => ys[i]!)).toFixed(3)} (surface similarity ${auc(base, idx.map((i) => ys[i]!)).toFixed(3)})\n`);
    }
    const w = fitOn(pairs.map((_, i) => i));
    out[lang] = w;
    process.stdout.write(`  weights: bias ${w.bias.toFixed(2)} ${PARA_FEATURES.map((n, i) => `${n} ${w.w[i]!.toFixed(2)}`).join(', ')}\n`);
  }
  m.save();
  rt.current?.dispose();
  if (process.argv.includes('--write')) {
    const r = (w: ParaWeights) => `{ bias: ${w.bias.toFixed(4)}, w: [${w.w.map((v) => v.toFixed(4)).join(', ')}] }`;
    writeFileSync(join(HERE, '../weights.ts'), `/**
 * The "same question?" scorer's weights (features.ts, in PARA_FEATURES order), fitted by
 * \`npx tsx lib/suggest/paraphrase/train/fit.ts --lambda ${lambda} --sources ${[...sources].join(',')} --write\` (generated: do not edit by hand).
 */
export interface ParaWeights { bias: number; w: number[] }

export const PARA_WEIGHTS: Record<'en' | 'zh', ParaWeights> = {
  en: ${r(out.en!)},
  zh: ${r(out.zh!)},
};
`);
  }
}

if (process.argv[1]?.endsWith('fit.ts')) void main();
