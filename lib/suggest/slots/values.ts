/**
 * The variant a question names ("in black", "有黑色吗", "any XL left", "L码"), folded to one
 * canonical key per colour or size so "black" and "黑色" compare equal, and a catalog variant can be
 * looked up whatever language the catalog was written in.
 */
import { normalizeText } from '../../ml/features/text-normalize';

/** Canonical colour key → its English and Chinese names (the first of each is the display form). */
export const COLOURS: Record<string, { en: string[]; zh: string[] }> = {
  black: { en: ['black'], zh: ['黑色', '黑'] },
  white: { en: ['white', 'off-white', 'off white'], zh: ['白色', '白', '米白'] },
  red: { en: ['red'], zh: ['红色', '红', '大红'] },
  wine: { en: ['burgundy', 'wine', 'maroon'], zh: ['酒红色', '酒红', '枣红'] },
  pink: { en: ['pink', 'blush'], zh: ['粉色', '粉红', '粉'] },
  blue: { en: ['blue', 'light blue', 'sky blue'], zh: ['蓝色', '蓝', '天蓝', '浅蓝'] },
  navy: { en: ['navy', 'navy blue', 'dark blue'], zh: ['藏青色', '藏青', '深蓝', '藏蓝'] },
  green: { en: ['green', 'olive', 'mint', 'sage'], zh: ['绿色', '绿', '墨绿', '薄荷绿', '军绿'] },
  grey: { en: ['grey', 'gray', 'charcoal'], zh: ['灰色', '灰', '深灰', '浅灰'] },
  beige: { en: ['beige', 'cream', 'ivory', 'nude', 'khaki', 'tan', 'sand', 'oatmeal'], zh: ['米色', '杏色', '卡其色', '卡其', '奶白', '燕麦色', '肤色'] },
  brown: { en: ['brown', 'camel', 'coffee', 'chocolate'], zh: ['棕色', '咖啡色', '咖色', '驼色', '棕'] },
  yellow: { en: ['yellow', 'mustard'], zh: ['黄色', '黄', '姜黄'] },
  orange: { en: ['orange', 'coral'], zh: ['橙色', '橘色', '橙'] },
  purple: { en: ['purple', 'lavender', 'lilac', 'violet'], zh: ['紫色', '紫', '香芋紫', '薰衣草'] },
  gold: { en: ['gold', 'golden'], zh: ['金色', '金'] },
  silver: { en: ['silver'], zh: ['银色', '银'] },
};

export const SIZE_ORDER = ['xxs', 'xs', 's', 'm', 'l', 'xl', 'xxl', 'xxxl', 'one size'];
const SIZE_WORDS: Record<string, string> = {
  'extra small': 'xs', 'x-small': 'xs', small: 's', medium: 'm', large: 'l', 'extra large': 'xl', 'x-large': 'xl',
  '2xl': 'xxl', '3xl': 'xxxl', 'one size': 'one size', 'free size': 'one size', 均码: 'one size', 大码: 'xl', 加大码: 'xxl',
};

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function hasWord(t: string, w: string): boolean {
  if (/\p{Script=Han}/u.test(w)) return t.includes(w);
  return new RegExp(`(^|[^a-z])${escapeRe(w)}([^a-z]|$)`).test(t);
}

/** Canonical colour key of a colour name in either language ("Black", "黑色"), or null. */
export function colourKey(name: string): string | null {
  const t = normalizeText(name);
  for (const [key, n] of Object.entries(COLOURS)) {
    if ([...n.en, ...n.zh].some((w) => t === w)) return key;
  }
  for (const [key, n] of Object.entries(COLOURS)) {
    if ([...n.en, ...n.zh].some((w) => hasWord(t, w))) return key;
  }
  return null;
}

/** Canonical size key ("Large" → "l", "XL码" → "xl", "均码" → "one size"), numeric sizes kept. */
export function sizeKey(name: string): string | null {
  const t = normalizeText(name).replace(/码$/, '').trim();
  if (SIZE_ORDER.includes(t)) return t;
  if (SIZE_WORDS[t]) return SIZE_WORDS[t] as string;
  if (/^\d{1,3}(\.5)?$/.test(t)) return t;
  return null;
}

/** The colour a question names, as its canonical key; catalog colours count too (e.g. "rose gold"). */
export function findColour(text: string, catalogColours: readonly string[] = []): string | null {
  const t = normalizeText(text);
  // Longest catalog colour first ("rose gold" before "gold").
  const own = [...catalogColours].sort((a, b) => b.length - a.length).find((c) => hasWord(t, normalizeText(c)));
  if (own) return colourKey(own) ?? normalizeText(own);
  let best: { key: string; len: number } | null = null;
  for (const [key, n] of Object.entries(COLOURS)) {
    for (const w of [...n.en, ...n.zh]) {
      // "粉" alone is too ambiguous (粉丝, 粉底); single Han characters need 色 after them.
      if (/^\p{Script=Han}$/u.test(w) ? t.includes(`${w}色`) || t.includes(`${w}的`) : hasWord(t, w)) {
        if (!best || w.length > best.len) best = { key, len: w.length };
      }
    }
  }
  return best?.key ?? null;
}

/** The size a question names ("XL", "size 8", "L码", "均码"), as its canonical key. */
export function findSize(text: string, catalogSizes: readonly string[] = []): string | null {
  const t = normalizeText(text);
  const own = [...catalogSizes].sort((a, b) => b.length - a.length).find((s) => s.length > 1 && hasWord(t, normalizeText(s)));
  if (own) return sizeKey(own) ?? normalizeText(own);
  const zh = t.match(/(xxxl|xxl|xl|xs|[sml])\s?码/);
  if (zh?.[1]) return zh[1];
  const en = t.match(/\b(xxs|xs|xxxl|xxl|2xl|3xl|xl)\b/);
  if (en?.[1]) return sizeKey(en[1]);
  const num = t.match(/\bsize\s?(\d{1,2}(\.5)?)\b/) ?? t.match(/(\d{2})\s?码/) ?? t.match(/\b(\d{2})\s?(?:waist|w)\b|\bw(\d{2})\b/);
  if (num) return (num[1] ?? num[2]) as string;
  // "do you have 34", "any 9.5 left": a bare number after have/any/in is a size when it is at least
  // 4 (smaller ones are usually quantities: "I'll take 2").
  const bare = t.match(/\b(?:have|got|any|in|need|want)\s(?:a\s|an\s)?(\d{1,2}(?:\.5)?)\b(?!\s?(?:pairs?|pieces?|pcs|units?|of|x|%|dollars|bucks|more|sets?|packs?|bottles?|boxes?))/);
  if (bare?.[1] && Number(bare[1]) >= 4) return bare[1];
  const word = t.match(/\b(?:in|a|an|size)\s(extra small|extra large|small|medium|large|s|m|l)\b/);
  if (word?.[1]) return sizeKey(word[1]);
  if (/均码|one size|free size/.test(t)) return 'one size';
  return null;
}

/** Places a shipping question can name, folded to one key ("overseas"/"海外" → "international"). */
const PLACES: [RegExp, string][] = [
  [/international|internationally|overseas|abroad|worldwide|海外|国外|境外/, 'international'],
  [/偏远|remote area|rural/, 'remote'],
  [/新疆/, 'xinjiang'], [/西藏/, 'tibet'], [/港澳台|香港|澳门|台湾|hong kong|taiwan|macau/, 'hk-mo-tw'],
  [/\bcanada|toronto|vancouver|montreal/, 'canada'], [/\b(uk|united kingdom|england|london|britain)\b/, 'uk'],
  [/\b(eu|europe|germany|france|spain|italy|netherlands)\b/, 'eu'], [/\baustralia\b/, 'australia'], [/\bmexico\b/, 'mexico'],
  [/\b(alaska|hawaii|puerto rico)\b/, 'us-remote'],
];

/** The destination a shipping question names, or null. */
export function findPlace(text: string): string | null {
  const t = normalizeText(text);
  return PLACES.find(([re]) => re.test(t))?.[1] ?? null;
}

/** Which measurement a dimensions question asks: weight, capacity or size (length, height…). */
export function measureKind(text: string): 'weight' | 'capacity' | 'size' | null {
  const t = normalizeText(text);
  if (/\b(weigh|weighs|weight|heavy|kg|lbs?|pounds|grams?)\b|重|斤|克|公斤/.test(t)) return 'weight';
  if (/\b(capacity|hold|holds|volume|litres?|liters?|ml|oz|cups|mah)\b|容量|毫安|升|毫升|装多少|能装/.test(t)) return 'capacity';
  if (/\b(long|length|tall|height|wide|width|thick|thickness|inch|inches|cm|mm|inseam)\b|多长|多高|多宽|多厚|长度|高度|宽度|厘米/.test(t)) return 'size';
  // "how big", "多大" can mean size or capacity: no kind.
  return null;
}

/**
 * A catalog variant named in a question, matched loosely: spaces and case ignored, the longest
 * shared run of characters wins (at least 4), ties to the shortest variant — "有15pro的吗" is
 * "iPhone 15 Pro", "15pro max有吗" is "iPhone 15 Pro Max".
 */
export function findVariant(text: string, variants: readonly string[]): string | null {
  const compact = (x: string): string => normalizeText(x).replace(/\s+/g, '');
  const t = compact(text);
  let best: { v: string; len: number } | null = null;
  for (const v of variants) {
    const c = compact(v);
    let len = 0;
    for (let i = 0; i < c.length; i += 1) {
      for (let j = c.length; j > i + len; j -= 1) {
        if (t.includes(c.slice(i, j))) {
          len = j - i;
          break;
        }
      }
    }
    if (len >= Math.min(4, c.length) && (!best || len > best.len || (len === best.len && v.length < best.v.length))) best = { v, len };
  }
  return best?.v ?? null;
}

/** Which care question: washing, pilling, shrinking, fading or ironing ("起球吗" is not "能机洗吗"). */
export function careKind(text: string): 'wash' | 'pill' | 'shrink' | 'fade' | 'iron' | null {
  const t = normalizeText(text);
  if (/\bpill(s|ing)?\b|起球|起毛/.test(t)) return 'pill';
  if (/\bshrink\w*|缩水|变形/.test(t)) return 'shrink';
  if (/\bfad(e|es|ing)\b|掉色|褪色/.test(t)) return 'fade';
  if (/\biron(ing)?\b|熨/.test(t)) return 'iron';
  if (/\b(wash\w*|dry ?clean\w*|dryer|tumble|dishwasher|clean)\b|洗|烘干/.test(t)) return 'wash';
  return null;
}
