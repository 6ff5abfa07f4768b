/** Corpus and UCI loaders for training and evaluation (Node only). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Intent, Sentiment } from '../../lib/ml/labels';
import { rng } from '../corpus/rng';

export interface Row { text: string; lang: 'en' | 'zh' | 'mixed'; intent: Intent; sentiment: Sentiment; source: string }
export interface UciRow { text: string; label: 'negative' | 'positive'; source: string }

export const ROOT = process.cwd();
const CORPUS = join(ROOT, 'models', 'corpus');

/** The frozen test splits and their hash files: v3 (primary) and v2 (kept as a second measure). */
export const FROZEN = { v3: ['test-v3.jsonl', 'FROZEN-test-v3.sha256'], v2: ['test.jsonl', 'FROZEN-test.sha256'] } as const;

/** Refuses to run if a frozen test split changed since it was written (or is missing). */
export function verifyFrozen(): void {
  for (const [file, hashFile] of Object.values(FROZEN)) {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const want = readFileSync(join(CORPUS, hashFile), 'utf8').trim().split(/\s+/)[0];
    const got = createHash('sha256').update(text).digest('hex');
    if (got !== want) throw new Error(`models/corpus/${file} changed (sha256 ${got}, frozen ${want})`);
  }
}

/** Corpus v3 author ids: their templates make test-v3 and part of dev (models/corpus/authors-v3/). */
export const V3_AUTHORS = ['en-e', 'en-f', 'zh-e', 'zh-f'] as const;
/** Whether a row came from a corpus v3 author (its source is `tpl:<author>:...`). */
export const isV3 = (r: Row): boolean => V3_AUTHORS.some((a) => r.source.startsWith(`tpl:${a}:`));

export function loadSplit(split: 'train' | 'dev' | 'test' | 'test-v3'): Row[] {
  return readFileSync(join(CORPUS, `${split}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
}

/**
 * UCI Sentiment Labelled Sentences (Kotzias et al. 2015, CC BY 4.0) as shipped in sentiment@5.0.2.
 * Deterministic 80/20 split per source file (seeded shuffle), empty rows dropped.
 */
export function loadUci(): { train: UciRow[]; test: UciRow[] } {
  const train: UciRow[] = [];
  const test: UciRow[] = [];
  for (const src of ['amazon', 'imdb', 'yelp']) {
    const file = join(ROOT, 'node_modules', 'sentiment', 'test', 'fixtures', `${src}.json`);
    const rows = (JSON.parse(readFileSync(file, 'utf8')) as { text: string; class: number }[])
      .filter((r) => r.text.trim().length > 0)
      .map((r): UciRow => ({ text: r.text, label: r.class === 1 ? 'positive' : 'negative', source: `uci:${src}` }));
    rng(1234).shuffle(rows);
    const cut = Math.round(rows.length * 0.8);
    train.push(...rows.slice(0, cut));
    test.push(...rows.slice(cut));
  }
  return { train, test };
}
