/**
 * Composes the labelled live-commerce chat corpus from hand-written templates x slot fillers x noise,
 * then splits it so the test splits are genuinely held out: whole templates AND whole product
 * categories never seen in training. Two frozen test splits: v2 (`test.jsonl`, four v2 authors) and
 * v3 (`test-v3.jsonl`, four v3 authors). Each is written once with its sha256 recorded; later runs
 * refuse to rewrite it and drop any train/dev line whose text appears in either.
 *
 * Run: npx tsx models/corpus/generate.ts
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INTENTS, type Intent, type Sentiment } from '../../lib/ml/labels';
import { EN, PRODUCTS_EN } from './templates-en';
import { MIXED, PRODUCTS_ZH, ZH } from './templates-zh';
import { rng, type Rng } from './rng';
import { enNoise, flair, zhNoise } from './noise';
import { CHAT_SENTIMENT, CUES_EN, CUES_ZH, FRAMES_EN, FRAMES_ZH, QUESTION_ONLY } from './banks';
import { AUTHORS, type Author } from './authors';
import { AUTHORS_V3 } from './authors-v3';
import { fnv1a } from '../../lib/ml/features/hashing';

type CorpusLang = 'en' | 'zh' | 'mixed';
export interface Row { text: string; lang: CorpusLang; intent: Intent; sentiment: Sentiment; source: string }

const HERE = dirname(fileURLToPath(import.meta.url));
const TEST_CATEGORIES = new Set(['pets', 'jewelry']);
const DEV_CATEGORIES = new Set(['books']);
const CATEGORIES = Object.keys(PRODUCTS_EN);

const SLOTS_EN = {
  c: ['black', 'white', 'pink', 'navy', 'beige', 'red', 'sage green', 'lavender'],
  s: ['S', 'M', 'L', 'XL', 'small', 'medium', 'large', 'size 8'],
  m: ['cotton', 'leather', 'silk', 'stainless steel', 'wool', 'plastic'],
  city: ['Texas', 'Canada', 'London', 'Manila', 'Sydney', 'Ohio', 'Toronto', 'NYC', 'Germany'],
  q: ['two', '3', 'a pair', 'the set', '2 of them'],
  host: ['Jess', 'Mike', 'Anna', 'queen', 'sis', 'bestie'],
};
const SLOTS_ZH = {
  c: ['黑色', '白色', '粉色', '藏青', '米色', '红色', '奶白', '雾霾蓝'],
  s: ['S', 'M', 'L', 'XL', '小', '中', '大', '均'],
  m: ['纯棉', '真皮', '真丝', '不锈钢', '羊毛', '塑料'],
  city: ['新疆', '上海', '广州', '成都', '北京', '西藏', '东北', '杭州', '深圳'],
  q: ['两件', '3单', '一对', '一套', '两个'],
  host: ['小美', '阿杰', '姐姐', '宝宝', '老师', '家人们'],
};

/** Fills a template, returning the text and the product category it used (if any). */
function fill(tpl: string, lang: 'en' | 'zh', r: Rng, categories: string[]): { text: string; category: string | null } {
  const slots = lang === 'en' ? SLOTS_EN : SLOTS_ZH;
  const products = lang === 'en' ? PRODUCTS_EN : PRODUCTS_ZH;
  let category: string | null = null;
  const text = tpl.replace(/\{(\w+)\}/g, (_m, key: string) => {
    if (key === 'p') {
      category = r.pick(categories);
      return r.pick(products[category] ?? []);
    }
    if (key === 'n') return String(r.int(1, 40));
    const values = (slots as Record<string, string[]>)[key];
    return values ? r.pick(values) : key;
  });
  return { text, category };
}

interface Tpl { id: string; lang: CorpusLang; intent: Intent; sentiment: Sentiment; body: string; split: Split; v3?: boolean }
type Split = 'train' | 'dev' | 'test' | 'test-v3';
const SENT: Record<string, Sentiment> = { p: 'positive', '0': 'neutral', n: 'negative' };

function parse(id: string, lang: CorpusLang, intent: Intent, line: string, split: Split): Tpl {
  const [s, ...rest] = line.split('|');
  return { id, lang, intent, sentiment: SENT[s ?? '0'] ?? 'neutral', body: rest.join('|'), split };
}

/** The v1 templates (one author, whose v1 test split was retired after five scorings): train only. */
function v1Templates(): Tpl[] {
  const groups: [CorpusLang, Record<Intent, string[]>][] = [['en', EN], ['zh', ZH], ['mixed', MIXED]];
  return groups.flatMap(([lang, table]) => INTENTS.flatMap((intent) => table[intent].map((line, i) => parse(`v1:${lang}:${intent}:${i}`, lang, intent, line, 'train'))));
}

/**
 * v2 author templates: within each (author, language, intent) group a seeded quarter of whole
 * templates is test and a tenth dev; the rest trains. v2.1 authors (trainOnly) only train.
 */
function authorTemplates(): Tpl[] {
  return splitAuthors(AUTHORS, rng(20261123), { test: 0.25, dev: 0.1 }, 'test');
}

/**
 * v3 author templates (corpus v3, written in styles v2 lacks): a seeded share of whole templates
 * per (author, language, intent) is the v3 test split (30 %) and 15 % dev, from their own seeded stream so
 * the v2 splits above are untouched.
 */
function v3Templates(): Tpl[] {
  return splitAuthors(AUTHORS_V3, rng(20261207), { test: 0.3, dev: 0.15 }, 'test-v3').map((t) => ({ ...t, v3: true }));
}

function splitAuthors(authors: Author[], r: Rng, share: { test: number; dev: number }, testSplit: Split): Tpl[] {
  const out: Tpl[] = [];
  for (const a of authors) {
    const tables: [CorpusLang, Record<Intent, string[]> | undefined][] = [[a.lang, a.lines], ['mixed', a.mixed]];
    for (const [lang, table] of tables) {
      if (!table) continue;
      for (const intent of INTENTS) {
        if (a.trainOnly) {
          table[intent].forEach((line, i) => out.push(parse(`${a.id}:${lang}:${intent}:${i}`, lang, intent, line, 'train')));
          continue;
        }
        const list = r.shuffle(table[intent].map((line, i) => ({ line, i })));
        const nTest = Math.max(1, Math.round(list.length * share.test));
        const nDev = Math.max(1, Math.round(list.length * share.dev));
        list.forEach(({ line, i }, k) => {
          const split: Split = k < nTest ? testSplit : k < nTest + nDev ? 'dev' : 'train';
          out.push(parse(`${a.id}:${lang}:${intent}:${i}`, lang, intent, line, split));
        });
      }
    }
  }
  return out;
}

const DEFAULT_SENT: Partial<Record<Intent, Sentiment>> = { complaint: 'negative', praise: 'positive' };
const REQUESTS = new Set<Intent>(['ask_price', 'ask_spec', 'ask_stock', 'ask_shipping', 'purchase', 'other_question']);

/** v1.1 bank templates: every cue in up to three frames; train only. */
function bankTemplates(): Tpl[] {
  const r = rng(1101);
  const out: Tpl[] = [];
  for (const [lang, cues, frames] of [['en', CUES_EN, FRAMES_EN], ['zh', CUES_ZH, FRAMES_ZH]] as const) {
    for (const intent of INTENTS) {
      const allowed = frames.filter((f) => REQUESTS.has(intent) || !QUESTION_ONLY.has(f));
      cues[intent].forEach((cue, i) => {
        const sentiment = CHAT_SENTIMENT[cue] ?? DEFAULT_SENT[intent] ?? 'neutral';
        const picked = new Set([allowed[0] as string, r.pick(allowed), r.pick(allowed)]);
        [...picked].forEach((f, j) => {
          out.push({ id: `bank:${lang}:${intent}:${i}.${j}`, lang, intent, sentiment, body: f.replaceAll('{x}', cue), split: 'train' });
        });
      });
    }
  }
  return out;
}

/** Product categories each split may draw: test's two categories are never seen in train or dev. */
const CATS: Record<Split, string[]> = {
  train: CATEGORIES.filter((c) => !TEST_CATEGORIES.has(c) && !DEV_CATEGORIES.has(c)),
  dev: CATEGORIES.filter((c) => !TEST_CATEGORIES.has(c)),
  test: CATEGORIES,
  'test-v3': CATEGORIES,
};

/** Variants per template: many for training; few for dev/test so every held-out template weighs alike. */
function variants(t: Tpl): number {
  const slotted = /\{\w+\}/.test(t.body);
  if (t.id.startsWith('bank:')) return slotted ? 8 : 5;
  // v3 held-out lines are the authors' text as written (no flair, no noise): one line per template,
  // two fills when slotted, so every held-out template weighs about the same.
  if (t.v3 && t.split !== 'train') return slotted ? 2 : 1;
  if (t.split !== 'train') return slotted ? 6 : 3;
  return slotted ? 20 : 8;
}

/** Each template draws from its own seeded stream, so editing one template never reshuffles another. */
function expand(t: Tpl): (Row & { split: Split })[] {
  const r = rng(fnv1a(`${t.split}:${t.id}`));
  const base = t.lang === 'en' ? 'en' : 'zh';
  const asWritten = t.v3 === true && t.split !== 'train';
  return Array.from({ length: variants(t) }, () => {
    const { text, category } = fill(t.body, base, r, CATS[t.split]);
    if (asWritten) return { text, lang: t.lang, intent: t.intent, sentiment: t.sentiment, source: `tpl:${t.id}${category ? `:${category}` : ''}`, split: t.split };
    const f = flair(text, t.intent, t.sentiment, base, r, t.split === 'test');
    const noisy = base === 'en' ? enNoise(f.text, r) : zhNoise(f.text, r);
    return { text: noisy, lang: t.lang, intent: t.intent, sentiment: f.sentiment, source: `tpl:${t.id}${category ? `:${category}` : ''}`, split: t.split };
  });
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
const toJsonl = (rows: Row[]): string => rows.map((x) => JSON.stringify(x)).join('\n') + '\n';

const textKey = (t: string): string => t.toLowerCase().replace(/\s+/g, ' ').trim();
/** Template bodies compared without case, spaces or punctuation (two authors may write "how much?"). */
const bodyKey = (t: string): string => t.toLowerCase().replace(/[\s\p{P}]+/gu, '');

/** A frozen test file: written once with its sha256; afterwards verified and never rewritten. */
function freeze(file: string, hashFile: string, rows: Row[]): Set<string> {
  const testPath = join(HERE, file);
  const hashPath = join(HERE, hashFile);
  const text = toJsonl(rows);
  if (!existsSync(testPath)) {
    writeFileSync(testPath, text);
    writeFileSync(hashPath, `${sha256(text)}  ${file}\n`);
    return new Set(rows.map((x) => textKey(x.text)));
  }
  const frozen = readFileSync(testPath, 'utf8');
  const recorded = readFileSync(hashPath, 'utf8').trim().split(/\s+/)[0];
  if (sha256(frozen) !== recorded) throw new Error(`${file} does not match ${hashFile}`);
  if (sha256(text) !== recorded) process.stderr.write(`note: regenerated ${file} differs from the frozen file; frozen file kept\n`);
  return new Set(frozen.trim().split('\n').map((l) => textKey((JSON.parse(l) as Row).text)));
}

function main(): void {
  const seen = new Set<string>();
  const bySplit: Record<Split, Row[]> = { train: [], dev: [], test: [], 'test-v3': [] };
  const tpls = [...authorTemplates(), ...v3Templates(), ...v1Templates(), ...bankTemplates()];
  const isTest = (s: Split): boolean => s === 'test' || s === 'test-v3';
  // A train/dev template whose body equals a test template's is dropped whole (cross-author repeats).
  const testBodies = new Set(tpls.filter((t) => isTest(t.split)).map((t) => bodyKey(t.body)));
  const kept = tpls.filter((t) => isTest(t.split) || !testBodies.has(bodyKey(t.body)));
  // Test rows first so a text that also came out of a train template lands only in test; within
  // test rows, each test split keeps its own lines (a v3 line may repeat a v2 test line).
  const all = kept.flatMap((t) => expand(t));
  all.sort((a, b) => (isTest(a.split) ? 0 : 1) - (isTest(b.split) ? 0 : 1));
  const seenTest: Record<string, Set<string>> = { test: new Set(), 'test-v3': new Set() };
  for (const { split, ...row } of all) {
    const key = textKey(row.text);
    if (!key) continue;
    if (isTest(split)) {
      if (seenTest[split]?.has(key)) continue;
      seenTest[split]?.add(key);
      seen.add(key);
    } else {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    bySplit[split].push(row);
  }
  const frozenKeys = new Set([...freeze('test.jsonl', 'FROZEN-test.sha256', bySplit.test), ...freeze('test-v3.jsonl', 'FROZEN-test-v3.sha256', bySplit['test-v3'])]);
  // Keep train/dev disjoint from whatever the frozen files hold.
  for (const s of ['train', 'dev'] as const) bySplit[s] = bySplit[s].filter((x) => !frozenKeys.has(textKey(x.text)));
  writeFileSync(join(HERE, 'train.jsonl'), toJsonl(bySplit.train));
  writeFileSync(join(HERE, 'dev.jsonl'), toJsonl(bySplit.dev));
  for (const s of ['train', 'dev', 'test', 'test-v3'] as const) process.stderr.write(`${s}: ${bySplit[s].length}\n`);
}

main();
