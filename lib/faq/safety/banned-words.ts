/**
 * The banned-words check every reply passes before it is sent (any mode, any path). The list is
 * editable in the options page: one term per line; a line starting with "!" is an exception that
 * lets a longer phrase through ("!最近" keeps "最近" = "recently" from tripping "最" = "most").
 * Han terms match anywhere in the text; Latin terms match whole words, case-insensitively.
 *
 * The defaults follow the absolute terms China's Advertising Law (Art. 9) forbids in ads (最, 第一,
 * 国家级, 顶级…) and health-claim words, with exceptions for everyday words that contain them
 * (最近, 最后, 第一次, 第一时间…), plus English claim words platforms flag (cure, miracle, risk-free…).
 */
import { normalizeText } from '../../ml/features/text-normalize';

export const DEFAULT_BANNED_WORDS: readonly string[] = [
  // Chinese absolute and superlative terms (广告法极限词).
  '最', '第一', '唯一', '首个', '首选', '国家级', '国际级', '世界级', '顶级', '极品', '极致', '独家', '独一无二', '史上', '万能', '绝对',
  '百分百', '特效', '根治', '永久', '王牌', '冠军', '无敌', '全网最低', '全球首发', '遥遥领先', '零风险', '无副作用',
  // Everyday words that contain them: allowed.
  '!最近', '!最后', '!最终', '!最初', '!最早', '!最晚', '!最迟', '!最少', '!最多', '!最快', '!最低起订',
  '!第一次', '!第一天', '!第一批', '!第一步', '!第一件', '!第一个', '!第一时间', '!第一单', '!第一周',
  // English claims.
  'cure', 'cures', 'miracle', 'risk-free', 'risk free', 'guaranteed results', 'best in the world', "world's best", 'number one', '#1',
  'cheapest', 'fda approved', 'clinically proven', 'no side effects',
];

export interface BannedList {
  banned: string[];
  allowed: string[];
}

export function parseBannedList(lines: readonly string[]): BannedList {
  const banned: string[] = [];
  const allowed: string[] = [];
  for (const raw of lines) {
    const l = normalizeText(raw);
    if (!l || l === '!') continue;
    if (l.startsWith('!')) allowed.push(l.slice(1).trim());
    else banned.push(l);
  }
  return { banned, allowed };
}

const isHan = (s: string) => /\p{Script=Han}/u.test(s);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function spans(text: string, term: string): [number, number][] {
  const out: [number, number][] = [];
  if (isHan(term) || !/^[\p{L}\p{N}]/u.test(term)) {
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) out.push([i, i + term.length]);
    return out;
  }
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc(term)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(re)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

/** The first banned term in `text` that no exception covers, or null. */
export function findBanned(text: string, list: BannedList): string | null {
  const t = normalizeText(text);
  const ok = list.allowed.flatMap((a) => spans(t, a));
  for (const term of list.banned) {
    for (const [s, e] of spans(t, term)) if (!ok.some(([as, ae]) => as <= s && e <= ae)) return term;
  }
  return null;
}
