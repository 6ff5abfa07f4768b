/**
 * Finds specific terms (lexicon + places) and numbers in a text, and decides whether an FAQ entry's
 * own text covers them. English aliases match as whole words (plural endings allowed), Chinese
 * ones as substrings, longest first, never overlapping.
 */
import { normalizeText } from '../../../ml/features/text-normalize';
import { LEXICON, UNIVERSAL } from './lexicon';
import { PLACES } from './places';
import type { TermClass, TermGroup } from './types';

export interface FoundTerm {
  cls: TermClass | 'number';
  /** The group's key (its first alias), or the number as digits. */
  key: string;
  /** As written in the text. */
  surface: string;
  /** A number's unit ("$", "斤", "kg"…), when one is written with it. */
  unit?: string;
}

const GROUPS: TermGroup[] = [...PLACES, ...LEXICON];
const KEY = (g: TermGroup): string => g.aliases[0]!;
const BY_ALIAS = new Map<string, TermGroup>();
for (const g of GROUPS) for (const a of g.aliases) if (!BY_ALIAS.has(a.toLowerCase())) BY_ALIAS.set(a.toLowerCase(), g);
const BY_KEY = new Map(GROUPS.map((g) => [KEY(g), g]));

// Latin aliases are looked up as runs of word tokens ("p.o. box" → "p o box"), Han aliases as
// substrings of a Han run: a few Map lookups per position instead of one huge regex.
const words = (s: string): string[] => s.match(/[\p{L}\p{N}]+/gu)?.filter((w) => !/\p{Script=Han}/u.test(w)) ?? [];
const LATIN = new Map<string, TermGroup>();
const HAN = new Map<string, TermGroup>();
let maxWords = 1;
let maxHan = 1;
for (const [alias, g] of BY_ALIAS) {
  if (/\p{Script=Han}/u.test(alias)) {
    if (!HAN.has(alias)) HAN.set(alias, g);
    maxHan = Math.max(maxHan, [...alias].length);
  } else {
    const key = words(alias).join(' ');
    if (key && !LATIN.has(key)) LATIN.set(key, g);
    maxWords = Math.max(maxWords, key.split(' ').length);
  }
}
const singular = (w: string): string[] => (w.endsWith('es') ? [w.slice(0, -2), w.slice(0, -1)] : w.endsWith('s') ? [w.slice(0, -1)] : []);

function latinTerms(t: string, out: FoundTerm[]): void {
  const toks = [...t.matchAll(/[\p{L}\p{N}]+/gu)].filter((m) => !/\p{Script=Han}/u.test(m[0]));
  for (let i = 0; i < toks.length; ) {
    let hit = 0;
    for (let n = Math.min(maxWords, toks.length - i); n >= 1 && !hit; n -= 1) {
      const ws = toks.slice(i, i + n).map((m) => m[0]);
      const last = ws[n - 1]!;
      for (const tail of [last, ...singular(last)]) {
        const g = LATIN.get([...ws.slice(0, -1), tail].join(' '));
        if (g) {
          const from = toks[i]!.index!;
          const to = toks[i + n - 1]!.index! + last.length;
          out.push({ cls: g.cls, key: KEY(g), surface: t.slice(from, to) });
          hit = n;
          break;
        }
      }
    }
    i += hit || 1;
  }
}

function hanTerms(t: string, out: FoundTerm[]): void {
  for (const run of t.match(/\p{Script=Han}+/gu) ?? []) {
    const cs = [...run];
    for (let i = 0; i < cs.length; ) {
      let hit = 0;
      for (let n = Math.min(maxHan, cs.length - i); n >= 1 && !hit; n -= 1) {
        const sub = cs.slice(i, i + n).join('');
        const g = HAN.get(sub);
        if (g) {
          out.push({ cls: g.cls, key: KEY(g), surface: sub });
          hit = n;
        }
      }
      i += hit || 1;
    }
  }
}

const ZH_DIGIT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 半: 0.5 };
// Latin digits (not inside a word like "c40" or a code like "live15"; "#3"/"3号" are listing numbers);
// Chinese numerals only before a unit ("两米", "三个月"): a bare "一" is an article, not a number.
const NUMBER = /(?<![a-z\d.#])(\d+(?:\.\d+)?)(?!\d|\.\d|号)|([两二三四五六七八九十半])(?=个?(?:月|天|年|周|星期|斤|公斤|克|米|厘米|件|包|盒|箱|瓶|岁|小时|分钟|次))/gu;

/**
 * Phrases no single word marks: questions about the host in person ("your skincare routine",
 * "主播几岁") and about how long a refund takes. Each is one term, covered only by an entry whose
 * own text has the same kind of phrase.
 */
const PHRASES: { cls: TermClass; key: string; re: RegExp }[] = [
  {
    cls: 'personal',
    key: 'host-personal',
    re: /\byour (own )?(skincare |makeup |hair |night |morning )?(routine|name|age|outfit|top|shirt|dress|lipstick|makeup|eyeshadow|camera|setup|mic|microphone|hair|nails|dog|cat|pet|kids|husband|wife|boyfriend|girlfriend|house|room|favou?rite|fav)\b|\bhow old are you\b|\bwhere are you from\b|主播(你)?(多高|多重|几岁|多大了|哪里人|是哪里|结婚|单身|用的什么|穿的|的口红|的眼影|皮肤)/,
  },
  {
    cls: 'refund-time',
    key: 'refund-time',
    re: /\bhow (long|soon|many days)\b.{0,30}\brefund|\brefund\b.{0,20}\b(take|takes|arrive|process|processed)\b|多久.{0,6}(退款|到账)|(退款|到账).{0,4}(多久|几天)|几天.{0,4}(退款|到账)/,
  },
];

// The unit written right after a number (or a currency sign before it), folded to one spelling.
const UNIT_AFTER = /^\s*(斤|公斤|千克|kg|kgs|kilos?|lbs?|pounds?|g|克|cm|厘米|mm|毫米|m|米|in|inch|inches|ml|毫升|l|升|元|块|dollars?|bucks|usd)(?![a-z])/u;
const UNIT_FOLD: Record<string, string> = { 公斤: 'kg', 千克: 'kg', kgs: 'kg', kilo: 'kg', kilos: 'kg', lb: 'lb', lbs: 'lb', pound: 'lb', pounds: 'lb', 克: 'g', 厘米: 'cm', 毫米: 'mm', 米: 'm', inch: 'in', inches: 'in', 毫升: 'ml', 升: 'l', 块: '元', dollar: '$', dollars: '$', bucks: '$', usd: '$' };
function unitOf(t: string, at: number, end: number): string | undefined {
  if (/[$¥￥€£]\s*$/.test(t.slice(Math.max(0, at - 2), at))) return t.slice(Math.max(0, at - 2), at).trim().replace('￥', '¥');
  const u = UNIT_AFTER.exec(t.slice(end))?.[1];
  return u ? (UNIT_FOLD[u] ?? u) : undefined;
}

export function findTerms(text: string): FoundTerm[] {
  const t = normalizeText(text);
  const out: FoundTerm[] = [];
  for (const p of PHRASES) {
    const m = t.match(p.re);
    if (m) out.push({ cls: p.cls, key: p.key, surface: m[0] });
  }
  latinTerms(t, out);
  hanTerms(t, out);
  for (const m of t.matchAll(NUMBER)) {
    const n = m[1] !== undefined ? Number(m[1]) : ZH_DIGIT[m[2] ?? ''];
    if (n !== undefined && Number.isFinite(n)) out.push({ cls: 'number', key: String(n), surface: m[0], unit: unitOf(t, m.index!, m.index! + m[0].length) });
  }
  return out;
}

/** What an entry's text mentions: term keys (with their broader regions), numbers, and the classes it covers wholesale. */
export interface Coverage {
  keys: Set<string>;
  numbers: Set<string>;
  /** Units the entry writes numbers in: a question's amount in one of them is the kind of amount the entry answers for. */
  units: Set<string>;
  classes: Set<TermClass>;
}

const thresholdAt = (line: string, surface: string): boolean => {
  const t = normalizeText(line);
  const i = t.indexOf(surface);
  if (i < 0) return false;
  return /(over|above|under|below|more than|less than|满|超过|不到|低于|高于)\s*[$¥€£]?\s*$/u.test(t.slice(Math.max(0, i - 12), i)) || /^\S{0,3}(以上|以下|以内)/u.test(t.slice(i + surface.length));
};

export function coverageOf(entryText: string): Coverage {
  const keys = new Set<string>();
  const numbers = new Set<string>();
  const units = new Set<string>();
  // Entry text is read line by line, so a phrase never spans two variants.
  for (const line of entryText.split('\n')) {
    for (const f of findTerms(line)) {
      (f.cls === 'number' ? numbers : keys).add(f.key);
      // Only a threshold stands for any amount ("free over $60", "满199"); listed options ("1.5米和1.8米")
      // and examples in questions ("1.8米的床用哪个") stay exact.
      if (f.unit && thresholdAt(line, f.surface)) units.add(f.unit);
    }
  }
  // "US" is only a place in capitals ("ships in the US"); lowercase "us" is a pronoun.
  if (/\bU\.?S\.?A?\b/.test(entryText)) keys.add('usa');
  const t = normalizeText(entryText);
  const classes = new Set<TermClass>();
  for (const [cls, words] of Object.entries(UNIVERSAL) as [TermClass, readonly string[]][]) if (words.some((w) => t.includes(w))) classes.add(cls);
  // A weekend covers its days.
  if (keys.has('weekend')) {
    keys.add('saturday');
    keys.add('sunday');
  }
  return { keys, numbers, units, classes };
}

/** Whether the entry's coverage includes the term (itself, a broader region, or its whole class). */
export function covers(c: Coverage, term: FoundTerm): boolean {
  // "free over $60" states a rule for any amount: an amount in the same unit is the kind of number
  // the entry answers ("a $70 order").
  if (term.cls === 'number') return c.numbers.has(term.key) || (term.unit !== undefined && c.units.has(term.unit));
  if (c.keys.has(term.key) || c.classes.has(term.cls)) return true;
  const seen = new Set<string>();
  const up = (key: string): boolean => {
    if (seen.has(key)) return false;
    seen.add(key);
    return (BY_KEY.get(key)?.parents ?? []).some((p) => c.keys.has(p) || up(p));
  };
  return up(term.key);
}
