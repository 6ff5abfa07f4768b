/**
 * Chinese surface folding for question slots and similarity. Viewers from Taiwan/Hong Kong write
 * traditional characters ("多少錢", "適合嗎"): every cue word, alias and synonym in this folder is
 * simplified, so the line is converted first (OpenCC's character + phrase tables, opencc-js).
 * For similarity only, sentence-final particles that carry no topic (嘛/哦/啦…, beyond the ones
 * bm25Terms already drops) go, and 码 (size) reads as 号 ("穿什么码" = "穿几号").
 */
import { Converter } from 'opencc-js/t2cn';
import { hasHan } from '../../ml/features/text-normalize';

const toSimplified = Converter({ from: 't', to: 'cn' });

/** The line in simplified characters (unchanged when it has no Han). */
export const simplifyZh = (text: string): string => (hasHan(text) ? toSimplified(text) : text);

const PARTICLES = /[嘛哦噢喔啦呐咧嘞咯哇耶]/gu;

/** What the Chinese n-gram similarity compares: simplified, particles dropped, 码 → 号. */
export const foldZhForSimilarity = (text: string): string => simplifyZh(text).replace(PARTICLES, ' ').replace(/码/g, '号');
