import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORPUS = join(process.cwd(), 'models', 'corpus');
const read = (f: string): string => readFileSync(join(CORPUS, f), 'utf8');
const texts = (f: string): Set<string> => new Set(read(f).trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text.toLowerCase().replace(/\s+/g, ' ').trim()));

describe('frozen test splits', () => {
  for (const [file, hash] of [['test.jsonl', 'FROZEN-test.sha256'], ['test-v3.jsonl', 'FROZEN-test-v3.sha256']] as const) {
    it(`${file} still matches ${hash}`, () => {
      expect(createHash('sha256').update(read(file)).digest('hex')).toBe(read(hash).trim().split(/\s+/)[0]);
    });
    it(`no train or dev line repeats a ${file} line`, () => {
      const held = texts(file);
      for (const split of ['train.jsonl', 'dev.jsonl']) expect([...texts(split)].filter((t) => held.has(t))).toEqual([]);
    });
  }
});
