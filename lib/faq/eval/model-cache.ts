/**
 * Labels and embeddings memoised on disk for the evaluation: the models are deterministic, so a
 * cache keyed by text (and gloss flag) changes no result, only the time a rerun takes. The cache
 * file lives in node_modules/.cache (ignored by git, dropped by `npm ci`) and is named after a hash
 * of the shipped weights, so retrained models never read another version's labels.
 */

/** A short hash of every file under the shipped models folder. */
export function modelsVersion(dir: string): string {
  const h = createHash('sha1');
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(f).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex').slice(0, 10);
}
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CommentLabels } from '../../ml/labels';
import type { EmbedFn } from '../types';

export type ClassifyFn = (texts: string[]) => Promise<(CommentLabels | null)[]>;

interface CacheData {
  labels: Record<string, CommentLabels | null>;
  vecs: Record<string, number[] | null>;
}

export function cachedModels(file: string, base: { classify: ClassifyFn; embed: EmbedFn }) {
  const data: CacheData = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CacheData) : { labels: {}, vecs: {} };
  let dirty = false;
  const classify: ClassifyFn = async (texts) => {
    const missing = [...new Set(texts.filter((t) => !(t in data.labels)))];
    if (missing.length) {
      const got = await base.classify(missing);
      missing.forEach((t, i) => { data.labels[t] = got[i] ?? null; });
      dirty = true;
    }
    return texts.map((t) => data.labels[t] ?? null);
  };
  const embed: EmbedFn = async (texts, opts) => {
    const key = (t: string) => `${opts?.glossZh ? 'g' : 'p'}|${t}`;
    const missing = [...new Set(texts.filter((t) => !(key(t) in data.vecs)))];
    if (missing.length) {
      const got = await base.embed(missing, opts);
      // Rounded to 6 decimals: cosines move by < 1e-5, the file stays small.
      missing.forEach((t, i) => { data.vecs[key(t)] = got[i] ? got[i]!.map((x) => Math.round(x * 1e6) / 1e6) : null; });
      dirty = true;
    }
    return texts.map((t) => data.vecs[key(t)] ?? null);
  };
  return {
    classify,
    embed,
    save() {
      if (!dirty) return;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(data));
      dirty = false;
    },
  };
}
