/**
 * Experiment helper: the texts of a fit data dir's sets (pool, dev, ucidev) in that dir's order
 * (<set>.texts.json, what dump-use.ts reads) and their USE-lite SentencePiece token ids
 * (<set>.tok.json, for inspection: the first token-bag experiment read them; fit.py now takes the
 * token bag from the feature columns, features.useTokens). Run:
 *   npx tsx models/student/dump-tokens.ts models/.cache/student/fit-XXXX
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from '@tensorflow-models/universal-sentence-encoder';
import { englishForEncoder } from '../../lib/ml/features/encoder-input';
import { FEATURE_ASSETS } from '../../lib/ml/heads';
import type { GlossDict } from '../../lib/ml/features/zh-gloss';
import { VENDORED_ASSETS } from '../../lib/ml/platform/node-assets';
import { loadSplit, ROOT } from '../lib/data';
import { buildPool, uciDevLines } from './pool';
import { readTeacherCache } from './teacher';

const dir = process.argv[2] ?? '';
const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { teacher: string; n: number };
const soft = readTeacherCache(join(ROOT, 'models', '.cache', 'student', `teacher-${meta.teacher}.jsonl`));
const pool = buildPool().lines.filter((l) => soft.has(l.text)).map((l) => l.text);
if (pool.length !== meta.n) throw new Error(`pool ${pool.length} != ${meta.n}`);
const gloss = JSON.parse(readFileSync(join(ROOT, 'public', 'models', FEATURE_ASSETS.gloss), 'utf8')) as GlossDict;
const vocab = JSON.parse(readFileSync(join(ROOT, 'node_modules', VENDORED_ASSETS['use/'] ?? '', 'vocab.json'), 'utf8')) as [string, number][];
const tok = new Tokenizer(vocab);
const ids = (t: string): number[] => {
  const e = englishForEncoder(t, gloss);
  return e === null ? [] : tok.encode(e);
};
for (const [name, texts] of [['pool', pool], ['dev', loadSplit('dev').map((r) => r.text)], ['ucidev', uciDevLines().map((r) => r.text)]] as const) {
  writeFileSync(join(dir, `${name}.tok.json`), JSON.stringify(texts.map(ids)));
  writeFileSync(join(dir, `${name}.texts.json`), JSON.stringify(texts));
}
