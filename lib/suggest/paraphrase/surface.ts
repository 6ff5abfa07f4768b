/**
 * The surface similarity of two questions of one language (what grouping used before the learned
 * scorer, and one of its features): English USE-lite cosine or content-stem overlap, whichever is
 * higher; Chinese character n-gram cosine (folded) blended with glossed USE-lite. See
 * lib/suggest/group/similarity.ts for the parameters' story.
 */
import { cosine, termCosine } from '../../ml/similarity';
import { normalizeText } from '../../ml/features/text-normalize';
import { foldZhForSimilarity } from '../slots/zh-fold';
import { idfTermCosine } from '../group/zh-idf';

export interface TextRep {
  text: string;
  /** USE-lite embedding (English text, or Chinese glossed into English); null when unavailable. */
  vec: number[] | null;
}

export interface SurfaceParams { zhGlossWeight: number; enOverlapWeight: number; zhIdfPower: number }

export const DEFAULT_SURFACE: SurfaceParams = { zhGlossWeight: 0.4, enOverlapWeight: 1.3, zhIdfPower: 0 };

// Function words and chat filler: what two questions sharing says nothing about their topic.
const STOP = new Set(('a an the is are was were be been am do does did can could will would should shall may might must it its it\'s this that these those there here '
  + 'i me my mine you your yours we our us they them their he she him her what which who whom whose when where why how much many any some all each '
  + 'of to in on at for with from by about as into over under up down out off and or but if so not no yes just really very too also still again '
  + 'get got have has had make makes made go goes come comes take need want like know think please pls plz thanks thank lol haha omg ok okay guys '
  + 'one ones thing things item items product stuff').split(' '));

/** Content-word stems: lowercase words of 3+ letters minus stop words, cut to 5 letters. */
export function stems(text: string): Set<string> {
  return new Set((normalizeText(text).match(/[a-z]{3,}/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5)));
}

export function stemJaccard(a: string, b: string): number {
  const x = stems(a);
  const y = stems(b);
  if (!x.size || !y.size) return 0;
  let inter = 0;
  for (const s of x) if (y.has(s)) inter += 1;
  return inter / (x.size + y.size - inter);
}

export function surfaceSimilarity(lang: 'en' | 'zh', a: TextRep, b: TextRep, p: SurfaceParams = DEFAULT_SURFACE): number {
  const both = a.vec && b.vec ? cosine(a.vec, b.vec) : null;
  if (lang === 'en') return Math.max(both ?? termCosine(a.text, b.text), p.enOverlapWeight * stemJaccard(a.text, b.text));
  const [x, y] = [foldZhForSimilarity(a.text), foldZhForSimilarity(b.text)];
  const grams = p.zhIdfPower ? idfTermCosine(x, y, p.zhIdfPower) : termCosine(x, y);
  return both === null ? grams : (1 - p.zhGlossWeight) * grams + p.zhGlossWeight * both;
}
