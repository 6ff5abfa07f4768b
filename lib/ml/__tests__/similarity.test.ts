import { describe, expect, it } from 'vitest';
import { buildBm25, canonicalizeZh, cosine, createFaqMatcher, groupBySimilarity, termCosine } from '../similarity';

describe('similarity', () => {
  it('cosine handles zero vectors', () => {
    expect(cosine([1, 0], [1, 0])).toBeCloseTo(1);
    expect(cosine([0, 0], [1, 0])).toBe(0);
  });
  it('folds Chinese synonyms', () => {
    expect(canonicalizeZh('几块钱')).toBe('多少钱');
  });
  it('BM25 retrieves the Chinese paraphrase', () => {
    const idx = buildBm25(['这个多少钱', '包邮吗', '什么时候发货']);
    expect(idx.search('几块钱一件')[0]?.index).toBe(0);
    expect(idx.search('免运费吗')[0]?.index).toBe(1);
  });
  it('FAQ matcher without an embedder falls back to BM25 with scores in 0..1', async () => {
    const m = await createFaqMatcher([{ id: 'ship', questions: ['do you ship to canada'] }, { id: 'price', questions: ['how much is it'] }]);
    const r = await m.match('shipping to canada?');
    expect(r?.faqId).toBe('ship');
    expect(r?.method).toBe('bm25');
    expect(r?.score ?? 2).toBeLessThanOrEqual(1);
  });
  it('groups repeated questions', () => {
    const texts = ['还有货吗', '还有货吗？', '包邮吗', '还有货吗主播'];
    const g = groupBySimilarity(texts.length, (i, j) => termCosine(texts[i] ?? '', texts[j] ?? ''), 0.6);
    expect(g).toEqual([[0, 1, 3], [2]]);
  });
});
