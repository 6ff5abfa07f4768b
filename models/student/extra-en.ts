/**
 * New English lines for the distillation pool (review-style, opinions, questions), for the teacher to
 * label: the student's largest gaps are English intent and the UCI review sentences, and the pool's
 * English came from the corpus train lines and the simulator alone. Made from the English corpus
 * templates of the TRAIN split only — a template counts as train when train.jsonl holds a line of it
 * (its `source`), so dev and test templates (and the test-only product categories) are never drawn —
 * refilled with other products, sizes and places, run together the way reviews run on, with openers
 * and closers, and the corpus's own surface noise. The pool drops any line equal to a held-out one
 * (pool.ts). No labels here: the teacher labels every line. Deterministic (seeded).
 */
import { AUTHORS, type Author } from '../corpus/authors';
import { AUTHORS_V3 } from '../corpus/authors-v3';
import { enNoise } from '../corpus/noise';
import { rng, type Rng } from '../corpus/rng';
import { EN, PRODUCTS_EN } from '../corpus/templates-en';
import { INTENTS, type Intent } from '../../lib/ml/labels';
import { loadSplit } from '../lib/data';

export interface Tpl { id: string; author: string; intent: Intent; body: string }

/** Test-only (pets, jewelry) and dev/test-only (books) categories are never drawn. */
const HELD_CATEGORIES = new Set(['pets', 'jewelry', 'books']);
/** Products of the train categories, plus more of the same kinds (new words for the same slots). */
const PRODUCTS = [
  ...Object.entries(PRODUCTS_EN).filter(([c]) => !HELD_CATEGORIES.has(c)).flatMap(([, xs]) => xs),
  'hair dryer', 'desk lamp', 'blender', 'rice cooker', 'kettle', 'bluetooth speaker', 'keyboard', 'mouse pad',
  'webcam', 'tablet stand', 'moisturiser', 'cleanser', 'mascara', 'perfume', 'shampoo', 'tote bag', 'backpack',
  'rain jacket', 'socks', 'pyjamas', 'duvet cover', 'frying pan', 'knife set', 'lunch box', 'thermos',
  'jump rope', 'resistance bands', 'bike light', 'board game', 'kite', 'hot sauce', 'granola', 'olive oil',
];
const SLOTS: Record<string, string[]> = {
  c: ['black', 'white', 'pink', 'navy', 'beige', 'red', 'sage green', 'lavender', 'grey', 'olive', 'cream', 'mustard', 'teal', 'brown'],
  s: ['S', 'M', 'L', 'XL', 'XS', 'small', 'medium', 'large', 'size 8', 'size 10', 'one size', 'XXL'],
  m: ['cotton', 'leather', 'silk', 'stainless steel', 'wool', 'plastic', 'linen', 'bamboo', 'ceramic', 'glass'],
  city: ['Texas', 'Canada', 'London', 'Manila', 'Sydney', 'Ohio', 'Toronto', 'NYC', 'Germany', 'Lagos', 'Dublin', 'Perth', 'Leeds', 'Florida', 'Mumbai'],
  q: ['two', '3', 'a pair', 'the set', '2 of them', 'four', 'a couple', 'one more'],
  host: ['Jess', 'Mike', 'Anna', 'queen', 'sis', 'bestie', 'Sam', 'Priya', 'Tom', 'babe'],
};
const OPENERS = ['update:', 'honestly', 'ok so', 'tbh', 'not gonna lie', 'two weeks in and', 'after a month,', 'edit:', 'fwiw', 'so', 'well', 'quick review:', 'first impressions:', 'as promised,', 'day 3:', 'real talk,'];
const CLOSERS = ['overall', 'tbh', 'just saying', 'fyi', 'if that helps anyone', 'for the price', 'so far', 'anyway', 'thoughts?', 'lol', 'idk'];
const JOINERS = ['. ', ', ', ' but ', ' and ', '... ', '! ', ' - ', ' also '];

/** Ids of the templates train.jsonl was made from (`source` "tpl:<author>:<lang>:<intent>:<i>[:category]"). */
function trainTemplateIds(): Set<string> {
  const ids = new Set<string>();
  for (const r of loadSplit('train')) {
    const p = r.source.split(':');
    if (p[0] === 'tpl' && p[2] === 'en') ids.add(p.slice(1, 5).join(':'));
  }
  return ids;
}

/** English train templates; the customer-voice author (en-e: reviews, delivery, service chat) weighted 3x. */
export function trainTemplates(): Tpl[] {
  const ids = trainTemplateIds();
  const out: Tpl[] = [];
  const body = (line: string): string => line.split('|').slice(1).join('|');
  for (const a of [...AUTHORS, ...AUTHORS_V3] as Author[]) {
    if (a.lang !== 'en') continue;
    for (const intent of INTENTS) {
      a.lines[intent].forEach((line, i) => {
        const id = `${a.id}:en:${intent}:${i}`;
        if (!ids.has(id)) return;
        for (let k = 0; k < (a.id === 'en-e' ? 3 : 1); k += 1) out.push({ id, author: a.id, intent, body: body(line) });
      });
    }
  }
  for (const intent of INTENTS) {
    EN[intent].forEach((line, i) => {
      const id = `v1:en:${intent}:${i}`;
      if (ids.has(id)) out.push({ id, author: 'v1', intent, body: body(line) });
    });
  }
  return out;
}

function fill(body: string, r: Rng): string {
  return body.replace(/\{(\w+)\}/g, (_m, key: string) => {
    if (key === 'p') return r.pick(PRODUCTS);
    if (key === 'n') return String(r.int(1, 60));
    const values = SLOTS[key];
    return values ? r.pick(values) : key;
  });
}

/** One new line: a refilled template (half), two of one author's run together, or with an opener / closer. */
function line(tpls: Tpl[], byAuthor: Map<string, Tpl[]>, r: Rng): string {
  const t = r.pick(tpls);
  let text = fill(t.body, r);
  const roll = r.next();
  if (roll < 0.3) {
    const same = byAuthor.get(t.author) ?? tpls;
    const u = r.pick(same);
    text = `${text.replace(/[.!]+$/, '')}${r.pick(JOINERS)}${fill(u.body, r)}`;
  } else if (roll < 0.45) text = `${r.pick(OPENERS)} ${text}`;
  else if (roll < 0.55) text = `${text.replace(/[.!]+$/, '')} ${r.pick(CLOSERS)}`;
  return enNoise(text, r).trim();
}

/** `n` generated lines (repeats possible; the pool keeps distinct ones and drops held-out ones). */
export function extraEnglish(n: number, seed = 2027): string[] {
  const tpls = trainTemplates();
  const byAuthor = new Map<string, Tpl[]>();
  for (const t of tpls) {
    const list = byAuthor.get(t.author) ?? [];
    list.push(t);
    byAuthor.set(t.author, list);
  }
  const r = rng(seed);
  return Array.from({ length: n }, () => line(tpls, byAuthor, r));
}
