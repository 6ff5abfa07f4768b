import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARA_FEATURES, paraFeatures } from '../features';
import { questionKind } from '../question-kind';
import { sameQuestion } from '../scorer';
import { generatePairs } from '../train/generate';
import { heldOutTexts, normForMatch } from '../train/held-out';
import { PARA_WEIGHTS } from '../weights';

const rep = (text: string, vec: number[] | null = null) => ({ text, vec });

describe('questionKind', () => {
  it('reads the kind of answer a question wants, in both languages', () => {
    expect(questionKind('how long does it stay cold', 'en')).toBe('duration');
    expect(questionKind('how much is shipping', 'en')).toBe('amount');
    expect(questionKind('when does it ship', 'en')).toBe('time');
    expect(questionKind('which one is bigger', 'en')).toBe('choice');
    expect(questionKind('is it waterproof?', 'en')).toBe('yesno');
    expect(questionKind('能保温几个小时', 'zh')).toBe('duration');
    expect(questionKind('一次能磨多少克', 'zh')).toBe('amount');
    expect(questionKind('怎么清洗', 'zh')).toBe('way');
    expect(questionKind('漏不漏', 'zh')).toBe('yesno');
    expect(questionKind('hello there', 'en')).toBe('plain');
  });
});

describe('paraFeatures', () => {
  it('has one value per named feature', () => {
    expect(paraFeatures('en', rep('is it waterproof'), rep('does water get in'))).toHaveLength(PARA_FEATURES.length);
    expect(paraFeatures('zh', rep('防水吗'), rep('下雨会湿吗'))).toHaveLength(PARA_FEATURES.length);
    expect(PARA_WEIGHTS.en.w).toHaveLength(PARA_FEATURES.length);
    expect(PARA_WEIGHTS.zh.w).toHaveLength(PARA_FEATURES.length);
  });

  it('marks two different attribute cues, and agreeing ones', () => {
    const i = PARA_FEATURES.indexOf('attrDiff');
    const j = PARA_FEATURES.indexOf('attrSame');
    const diff = paraFeatures('en', rep('how much is it'), rep('what sizes do you have'));
    expect(diff[i]).toBe(1);
    const same = paraFeatures('zh', rep('多少钱'), rep('这个价格多少'));
    expect(same[j]).toBe(1);
  });

  it('does not read an A-not-A question as a negation', () => {
    const k = PARA_FEATURES.indexOf('negDiff');
    expect(paraFeatures('zh', rep('会漏不漏'), rep('会漏吗'))[k]).toBe(0);
    expect(paraFeatures('zh', rep('不含香精吗'), rep('有香味吗'))[k]).toBe(1);
  });
});

describe('sameQuestion', () => {
  it('is a probability, higher for the same words than for another question', () => {
    const v = [1, 0, 0];
    const w = [0, 1, 0];
    const same = sameQuestion('en', rep('does the lid leak', v), rep('does the lid leak??', v));
    const other = sameQuestion('en', rep('does the lid leak', v), rep('how much is shipping', w));
    expect(same).toBeGreaterThan(0);
    expect(same).toBeLessThan(1);
    expect(same).toBeGreaterThan(other);
    expect(sameQuestion('zh', rep('包邮吗', v), rep('包邮吗？', v))).toBeGreaterThan(sameQuestion('zh', rep('包邮吗', v), rep('几岁能用', w)));
  });
});

describe('training pairs', () => {
  it('are deterministic and hold both labels in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const a = generatePairs(lang);
      expect(generatePairs(lang)).toEqual(a);
      expect(a.some((p) => p.same === 1)).toBe(true);
      expect(a.some((p) => p.same === 0 && p.kind === 'intent')).toBe(true);
    }
  });

  it('never contain a line of a held-out or test split (grouping dev2/test, FAQ dev4/test)', () => {
    const held = heldOutTexts(join(__dirname, '../../../..'));
    expect(held.size).toBeGreaterThan(100);
    // Unfiltered, short common questions coincide ("is shipping free"): the filter must catch them.
    const texts = (lang: 'en' | 'zh', ex?: Set<string>) => generatePairs(lang, 7, ex).flatMap((p) => [p.a, p.b]);
    expect(['en', 'zh'].flatMap((l) => texts(l as 'en')).some((t) => held.has(normForMatch(t)))).toBe(true);
    expect(['en', 'zh'].flatMap((l) => texts(l as 'en', held)).filter((t) => held.has(normForMatch(t)))).toEqual([]);
  });
});

describe('grouper options built on it (off by default)', () => {
  it('crossAttrThreshold lets a question with no attribute cue meet a group with one, same product only', async () => {
    const { DEFAULT_GROUPING, joinThreshold } = await import('../../group/grouper');
    const g = { lang: 'en' as const, sku: 'A', attribute: 'material' as const, value: null };
    const s = { lang: 'en' as const, sku: 'A', via: null, attribute: 'other' as const, value: null };
    expect(joinThreshold(g, s, DEFAULT_GROUPING)).toBeNull();
    const p = { ...DEFAULT_GROUPING, crossAttrThreshold: 0.75 };
    expect(joinThreshold(g, s, p)).toBe(0.75);
    expect(joinThreshold(g, { ...s, sku: 'B' }, p)).toBeNull();
    expect(joinThreshold({ ...g, attribute: 'returns' }, s, p)).toBeNull();
  });

  it('paraWeight 0 leaves the text similarity as it was', async () => {
    const { textSimilarity, DEFAULT_SIMILARITY } = await import('../../group/similarity');
    const { surfaceSimilarity } = await import('../surface');
    const a = rep('is the lid leak proof', [1, 0.2, 0]);
    const b = rep('will it leak in my bag', [0.8, 0.4, 0.1]);
    expect(textSimilarity('en', a, b)).toBe(surfaceSimilarity('en', a, b));
    const blended = textSimilarity('en', a, b, { ...DEFAULT_SIMILARITY, paraWeight: 0.5 });
    expect(blended).toBeCloseTo(0.5 * surfaceSimilarity('en', a, b) + 0.5 * sameQuestion('en', a, b), 10);
  });
});
