/**
 * Composes the labelled live-commerce chat corpus from hand-written templates x slot fillers x noise,
 * then splits it so the test split is genuinely held out: whole templates AND whole product
 * categories never seen in training. The test split is frozen: written once, its sha256 recorded;
 * later runs refuse to rewrite it and drop any train/dev line whose text appears in it.
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
function fill(tpl: string, lang: 'en' | 'zh', r: Rng): { text: string; category: string | null } {
  const slots = lang === 'en' ? SLOTS_EN : SLOTS_ZH;
  const products = lang === 'en' ? PRODUCTS_EN : PRODUCTS_ZH;
  let category: string | null = null;
  const text = tpl.replace(/\{(\w+)\}/g, (_m, key: string) => {
    if (key === 'p') {
      category = r.pick(CATEGORIES);
      return r.pick(products[category] ?? []);
    }
    if (key === 'n') return String(r.int(1, 40));
    const values = (slots as Record<string, string[]>)[key];
    return values ? r.pick(values) : key;
  });
  return { text, category };
}

interface Tpl { id: string; lang: CorpusLang; intent: Intent; sentiment: Sentiment; body: string; split: Split }
type Split = 'train' | 'dev' | 'test';
const SENT: Record<string, Sentiment> = { p: 'positive', '0': 'neutral', n: 'negative' };

function templates(): Tpl[] {
  const out: Tpl[] = [];
  const r = rng(20261122);
  const groups: [CorpusLang, Record<Intent, string[]>][] = [['en', EN], ['zh', ZH], ['mixed', MIXED]];
  for (const [lang, table] of groups) {
    for (const intent of INTENTS) {
      const list = table[intent].map((line, i) => ({ line, i }));
      r.shuffle(list);
      const nTest = Math.max(1, Math.round(list.length * 0.2));
      const nDev = list.length >= 6 ? Math.max(1, Math.round(list.length * 0.1)) : 0;
      list.forEach(({ line, i }, k) => {
        const [s, ...rest] = line.split('|');
        const split: Split = k < nTest ? 'test' : k < nTest + nDev ? 'dev' : 'train';
        out.push({ id: `${lang}:${intent}:${i}`, lang, intent, sentiment: SENT[s ?? '0'] ?? 'neutral', body: rest.join('|'), split });
      });
    }
  }
  return out;
}

const DEFAULT_SENT: Partial<Record<Intent, Sentiment>> = { complaint: 'negative', praise: 'positive' };
const REQUESTS = new Set<Intent>(['ask_price', 'ask_spec', 'ask_stock', 'ask_shipping', 'purchase', 'other_question']);

/** v1.1 bank templates: every cue in two frames; train/dev only (never test). */
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
          out.push({ id: `bank:${lang}:${intent}:${i}.${j}`, lang, intent, sentiment, body: f.replaceAll('{x}', cue), split: r.chance(0.1) ? 'dev' : 'train' });
        });
      });
    }
  }
  return out;
}

function expand(t: Tpl, r: Rng): (Row & { split: Split })[] {
  const slotted = /\{\w+\}/.test(t.body);
  const n = t.id.startsWith('bank:') ? (slotted ? 8 : 5) : slotted ? 30 : 14;
  const rows: (Row & { split: Split })[] = [];
  const base = t.lang === 'en' ? 'en' : 'zh';
  for (let k = 0; k < n; k += 1) {
    const { text, category } = fill(t.body, base, r);
    let split = t.split;
    // Bank lines never enter test; one that drew a held-out category is skipped.
    if (t.id.startsWith('bank:') && category && TEST_CATEGORIES.has(category)) continue;
    if (category && TEST_CATEGORIES.has(category)) split = 'test';
    else if (category && DEV_CATEGORIES.has(category) && split === 'train') split = 'dev';
    const f = flair(text, t.intent, t.sentiment, base, r, split === 'test');
    const noisy = base === 'en' ? enNoise(f.text, r) : zhNoise(f.text, r);
    rows.push({ text: noisy, lang: t.lang, intent: t.intent, sentiment: f.sentiment, source: `tpl:${t.id}${category ? `:${category}` : ''}`, split });
  }
  return rows;
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
const toJsonl = (rows: Row[]): string => rows.map((x) => JSON.stringify(x)).join('\n') + '\n';

function main(): void {
  const r = rng(7);
  const seen = new Set<string>();
  const bySplit: Record<Split, Row[]> = { train: [], dev: [], test: [] };
  // Test rows first so a text that also came out of a train template lands only in test.
  const all = templates().flatMap((t) => expand(t, r));
  // Bank rows use their own RNG stream so adding them cannot perturb the v1 (frozen) rows.
  const rb = rng(1102);
  all.push(...bankTemplates().flatMap((t) => expand(t, rb)));
  all.sort((a, b) => (a.split === 'test' ? 0 : 1) - (b.split === 'test' ? 0 : 1));
  for (const { split, ...row } of all) {
    const key = row.text.toLowerCase().replace(/\s+/g, ' ').trim();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    bySplit[split].push(row);
  }
  const testPath = join(HERE, 'test.jsonl');
  const hashPath = join(HERE, 'FROZEN-test.sha256');
  const testText = toJsonl(bySplit.test);
  if (existsSync(testPath)) {
    // Frozen: never rewrite. Keep train/dev disjoint from whatever the frozen file holds.
    const frozen = readFileSync(testPath, 'utf8');
    const recorded = readFileSync(hashPath, 'utf8').trim().split(/\s+/)[0];
    if (sha256(frozen) !== recorded) throw new Error('test.jsonl does not match FROZEN-test.sha256');
    const frozenKeys = new Set(frozen.trim().split('\n').map((l) => (JSON.parse(l) as Row).text.toLowerCase().replace(/\s+/g, ' ').trim()));
    for (const s of ['train', 'dev'] as const) bySplit[s] = bySplit[s].filter((x) => !frozenKeys.has(x.text.toLowerCase().replace(/\s+/g, ' ').trim()));
    if (sha256(testText) !== recorded) process.stderr.write('note: regenerated test differs from frozen file; frozen file kept\n');
  } else {
    writeFileSync(testPath, testText);
    writeFileSync(hashPath, `${sha256(testText)}  test.jsonl\n`);
  }
  writeFileSync(join(HERE, 'train.jsonl'), toJsonl(bySplit.train));
  writeFileSync(join(HERE, 'dev.jsonl'), toJsonl(bySplit.dev));
  for (const s of ['train', 'dev', 'test'] as const) process.stderr.write(`${s}: ${bySplit[s].length}\n`);
}

main();
