/**
 * Writes what models/student/fit.py trains on, in flat little-endian binaries (the features are the
 * exact vectors lib/ml/features/head-input.ts gives the extension, kept sparse):
 *   <name>.indptr i32 [n+1], <name>.idx i32, <name>.val f32, <name>.soft f32 [n, 11 + 3] (teacher),
 *   <name>.gold i32 [n, 2] (intent, sentiment index; -1 where a line has no gold label), <name>.lang i32
 * for the pool ("pool"), corpus dev ("dev") and the UCI dev lines ("ucidev", sentiment gold only),
 * plus meta.json. The frozen test splits are not read.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureConfig, FeatureTables } from '../../lib/ml/features/head-input';
import { INTENTS, SENTIMENTS } from '../../lib/ml/labels';
import { sparseRows } from './fit';
import type { Soft } from './teacher';

export interface FitSet { texts: string[]; gold: [number, number][]; lang: number[] }

export const LANG_CODE = { en: 0, zh: 1, mixed: 2 } as const;

const f32 = (a: ArrayLike<number>): Buffer => Buffer.from(Float32Array.from(a).buffer);
const i32 = (a: ArrayLike<number>): Buffer => Buffer.from(Int32Array.from(a).buffer);

export function writeFitSet(dir: string, name: string, set: FitSet, soft: Map<string, Soft>, features: FeatureConfig, tables: FeatureTables): void {
  // Written last: a set whose files are all there is not computed again (a run stopped later resumes).
  if (existsSync(join(dir, `${name}.lang`))) return;
  const rows = sparseRows(set.texts, features, tables);
  const indptr = [0];
  for (const r of rows.idx) indptr.push((indptr[indptr.length - 1] ?? 0) + r.length);
  const cat = <T extends Int32Array | Float32Array>(xs: T[], make: (n: number) => T): T => {
    const out = make(xs.reduce((s, x) => s + x.length, 0));
    let at = 0;
    for (const x of xs) { out.set(x, at); at += x.length; }
    return out;
  };
  const probs = set.texts.flatMap((t) => {
    const s = soft.get(t);
    if (!s) throw new Error(`no teacher label for a ${name} line`);
    return [...s.intent, ...s.sentiment];
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.indptr`), i32(indptr));
  writeFileSync(join(dir, `${name}.idx`), Buffer.from(cat(rows.idx, (n) => new Int32Array(n)).buffer));
  writeFileSync(join(dir, `${name}.val`), Buffer.from(cat(rows.val, (n) => new Float32Array(n)).buffer));
  writeFileSync(join(dir, `${name}.soft`), f32(probs));
  writeFileSync(join(dir, `${name}.gold`), i32(set.gold.flat()));
  writeFileSync(join(dir, `${name}.lang`), i32(set.lang));
}

export const goldOf = (intent: string | null, sentiment: string | null): [number, number] =>
  [intent ? INTENTS.indexOf(intent as (typeof INTENTS)[number]) : -1, sentiment ? SENTIMENTS.indexOf(sentiment as (typeof SENTIMENTS)[number]) : -1];
