/**
 * Builds public/models/features/zh-lexicon.txt, the compact Chinese lexicon table the heads read
 * (lib/ml/features/zh-lexicon.ts), from @cycjimmy/chinese-sentiment@2.0.2 (package MIT; BosonNLP, HowNet
 * and DUTIR were published for research use) plus the hand-written entries in zh-lexicon-extra.ts.
 * Kept: Han words of 1-4 characters; BosonNLP scores with |score| >= 1 (weaker ones are mostly
 * noise such as 的 0.04, 我 -0.47), quantised to half points; all HowNet polarity words; all DUTIR
 * emotion words. Deterministic, so the committed table only changes when this file does.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DUTIR_CLASSES } from '../../lib/ml/features/zh-lexicon';
import { FEATURE_ASSETS } from '../../lib/ml/heads';
import { BOSON_DEGREE, CONTRAST, DEGREE_DROP, DEGREE_EXTRA, EXTRA_SENTIMENT, HOWNET_DEGREE, NEGATOR_DROP, NEGATOR_EXTRA } from './zh-lexicon-extra';

const require = createRequire(import.meta.url);
const DIR = '@cycjimmy/chinese-sentiment/src/dictionary';
interface Boson { BosonNLP: Record<string, number>; not: string[]; degree: Record<string, number> }
interface Hownet { HOWNET: { pos: string[]; neg: string[]; deny: string[]; extreme: string[]; very: string[]; more: string[]; ish: string[] } }
interface Dutir { DUTIR: Record<string, string[]> }

const BOSON_MIN = 1;
const WORD = /^\p{Script=Han}{1,4}$/u;

export function buildZhLexiconTable(): string {
  const boson = require(`${DIR}/BosonNLP.json`) as Boson;
  const hownet = (require(`${DIR}/HOWNET.json`) as Hownet).HOWNET;
  const dutir = (require(`${DIR}/DUTIR.json`) as Dutir).DUTIR;

  const negators = new Set([...boson.not, ...hownet.deny, ...NEGATOR_EXTRA].filter((w) => WORD.test(w) && !NEGATOR_DROP.has(w)));
  const degree = new Map<string, number>();
  for (const [w, level] of Object.entries(boson.degree)) if (BOSON_DEGREE[level] !== undefined) degree.set(w, BOSON_DEGREE[level]);
  for (const [level, weight] of Object.entries(HOWNET_DEGREE)) for (const w of hownet[level as keyof typeof HOWNET_DEGREE]) if (!degree.has(w)) degree.set(w, weight);
  for (const w of DEGREE_DROP) degree.delete(w);
  for (const [w, v] of Object.entries(DEGREE_EXTRA)) degree.set(w, v);
  for (const w of [...degree.keys()]) if (!WORD.test(w) || negators.has(w)) degree.delete(w);
  const contrast = new Set(CONTRAST);

  const words = new Map<string, { b: number; h: number; d: number }>();
  const entry = (w: string): { b: number; h: number; d: number } => {
    const e = words.get(w) ?? { b: 0, h: 0, d: 0 };
    words.set(w, e);
    return e;
  };
  for (const [w, s] of Object.entries(boson.BosonNLP)) if (WORD.test(w) && Math.abs(s) >= BOSON_MIN) entry(w).b = Math.round(s * 2);
  for (const w of hownet.pos) if (WORD.test(w)) entry(w).h = 1;
  for (const w of hownet.neg) if (WORD.test(w)) entry(w).h = entry(w).h === 1 ? 0 : -1;
  DUTIR_CLASSES.forEach((cls, i) => {
    for (const w of dutir[cls] ?? []) {
      // DUTIR's four-character idioms (成语) rarely occur in chat: kept only when another source has them.
      if (!WORD.test(w) || ([...w].length === 4 && !words.has(w))) continue;
      if (entry(w).d === 0) entry(w).d = i + 1;
    }
  });
  for (const [w, v] of Object.entries(EXTRA_SENTIMENT)) words.set(w, { b: Math.round(v * 2), h: 0, d: 0 });
  for (const w of [...words.keys()]) {
    const e = words.get(w) as { b: number; h: number; d: number };
    if (negators.has(w) || degree.has(w) || contrast.has(w) || (e.b === 0 && e.h === 0 && e.d === 0 && !(w in EXTRA_SENTIMENT))) words.delete(w);
  }
  // Grouped by value, one line per group: about 7 bytes a word instead of 16.
  const groups = new Map<string, string[]>();
  for (const [w, e] of words) {
    const key = `s\t${e.b}\t${e.h}\t${e.d}`;
    groups.set(key, [...(groups.get(key) ?? []), w]);
  }
  for (const [w, v] of degree) groups.set(`d\t${v}`, [...(groups.get(`d\t${v}`) ?? []), w]);
  groups.set('x', [...negators]);
  groups.set('c', [...contrast]);
  const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const lines = [
    '# Chinese lexicon features (lib/ml/features/zh-lexicon.ts). Built by models/lib/zh-lexicon-export.ts from BosonNLP, HowNet and',
    '# DUTIR via @cycjimmy/chinese-sentiment@2.0.2 (published for research use) plus hand-written entries (CC BY 4.0).',
    '# s boson*2 hownet dutir WORDS | d weight WORDS | x WORDS (negators) | c WORDS (contrast); words space-separated',
    ...[...groups.keys()].sort(byCode).map((k) => `${k}\t${(groups.get(k) ?? []).sort(byCode).join(' ')}`),
  ];
  return `${lines.join('\n')}\n`;
}

export function writeZhLexiconTable(root: string): string {
  const file = join(root, 'public', 'models', FEATURE_ASSETS.zhLexicon);
  writeFileSync(file, buildZhLexiconTable());
  return file;
}
