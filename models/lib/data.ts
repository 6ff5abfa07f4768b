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

/** Refuses to run if the frozen test split changed since it was written. */
export function verifyFrozen(): void {
  const text = readFileSync(join(CORPUS, 'test.jsonl'), 'utf8');
  const want = readFileSync(join(CORPUS, 'FROZEN-test.sha256'), 'utf8').trim().split(/\s+/)[0];
  const got = createHash('sha256').update(text).digest('hex');
  if (got !== want) throw new Error(`models/corpus/test.jsonl changed (sha256 ${got}, frozen ${want})`);
}

export function loadSplit(split: 'train' | 'dev' | 'test'): Row[] {
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
