import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseZhLexicon, segmentHan, zhLexiconFeatures, zhWordTokens, ZH_LEX_NAMES } from '../features/zh-lexicon';

// A tiny table in the shipped format: s boson*2 hownet dutir WORDS | d weight WORDS | x WORDS | c WORDS.
const TABLE = ['# test', 's\t4\t1\t2\t好 不错', 's\t6\t1\t0\t好用', 's\t-4\t-1\t6\t差 问题', 's\t0\t0\t0\t质量', 'd\t1.5\t很 太', 'x\t不 没有 不太', 'c\t但是 不过'].join('\n');
const lex = parseZhLexicon(TABLE);
const gloss = { 不太好: 'not too good', 想到: 'to think of', 没想到: 'unexpectedly', 东西: 'thing' };
const feat = (t: string): Record<string, number> => Object.fromEntries(zhLexiconFeatures(t, lex, gloss).map((v, i) => [ZH_LEX_NAMES[i], v]));

describe('parseZhLexicon', () => {
  it('reads grouped words, degree weights, negators and contrast words', () => {
    expect(lex.sentiment.get('好用')).toEqual({ b: 3, h: 1, d: 0 });
    expect(lex.degree.get('太')).toBe(1.5);
    expect(lex.negators.has('不太')).toBe(true);
    expect(lex.contrast.has('但是')).toBe(true);
    expect(lex.maxLen).toBe(2);
  });
});

describe('segmentHan', () => {
  it('prefers the longest word and splits a dictionary word that glues a negator to a lexicon word', () => {
    expect(segmentHan('好用', lex, gloss)).toEqual(['好用']);
    expect(segmentHan('不太好', lex, gloss)).toEqual(['不太', '好']);
    // A fixed expression whose rest is not a lexicon word stays whole.
    expect(segmentHan('没想到', lex, gloss)).toEqual(['没想到']);
  });
});

describe('zhLexiconFeatures', () => {
  it('is all zeros without Han text', () => {
    expect(zhLexiconFeatures('great stuff', lex, gloss).every((v) => v === 0)).toBe(true);
  });
  it('counts plain and negated sentiment words apart (negation scope)', () => {
    expect(feat('好用').boson_pos).toBeGreaterThan(0);
    expect(feat('不好用').boson_pos).toBe(0);
    expect(feat('不好用').boson_negated_pos).toBeGreaterThan(0);
    expect(feat('不好用').net).toBeLessThan(0);
    // "没有问题": a negated negative reads as mildly positive.
    expect(feat('没有问题').boson_negated_neg).toBeGreaterThan(0);
    expect(feat('没有问题').net).toBeGreaterThan(0);
  });
  it('closes negation scope at clause boundaries and after the governed word', () => {
    expect(feat('不，好用').boson_pos).toBeGreaterThan(0);
    expect(feat('不差，好用').boson_pos).toBeGreaterThan(0);
  });
  it('scales by degree adverbs and keeps the verdict after a contrast word', () => {
    expect(feat('很好').boson_pos).toBeGreaterThan(feat('好').boson_pos as number);
    const f = feat('东西差但是好用');
    expect(f.after_contrast).toBeGreaterThan(0);
    expect(f.boson_neg).toBeGreaterThan(0);
  });
  it('marks a hit only for polar words (neutral overrides such as 质量 are no hit)', () => {
    expect(feat('质量').hit).toBe(0);
    expect(feat('质量不错').hit).toBe(1);
  });
});

describe('zhWordTokens', () => {
  it('hashes multi-character words only', () => {
    expect(zhWordTokens('东西不错', lex, gloss)).toEqual(['zw:东西', 'zw:不错']);
    expect(zhWordTokens('hello', lex, gloss)).toEqual([]);
  });
});

describe('the shipped table', () => {
  it('stays compact and carries the three lexicons', () => {
    const text = readFileSync(join(process.cwd(), 'public', 'models', 'features', 'zh-lexicon.txt'), 'utf8');
    expect(text.length).toBeLessThan(600_000);
    const shipped = parseZhLexicon(text);
    expect(shipped.sentiment.get('满意')?.b).toBeGreaterThan(0);
    expect(shipped.sentiment.get('失望')?.h).toBe(0);
    expect(shipped.negators.has('不')).toBe(true);
    expect(shipped.degree.get('非常')).toBe(2);
  });
});
