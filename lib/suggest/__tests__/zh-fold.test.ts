import { describe, expect, it } from 'vitest';
import { textSimilarity } from '../group/similarity';
import { extractSlots } from '../slots/extract';
import { foldZhForSimilarity, simplifyZh } from '../slots/zh-fold';
import { CATALOG } from './fixtures';

describe('Chinese folding', () => {
  it('reads traditional characters as simplified and leaves other text alone', () => {
    expect(simplifyZh('跑鞋多少錢')).toBe('跑鞋多少钱');
    expect(simplifyZh('適合跑馬拉松嗎')).toBe('适合跑马拉松吗');
    expect(simplifyZh('how much is #2')).toBe('how much is #2');
  });
  it('gives a traditional-script question the same slots as its simplified twin', () => {
    expect(extractSlots('2號多少錢', CATALOG, null)).toEqual(extractSlots('2号多少钱', CATALOG, null));
    expect(extractSlots('還有貨嗎', CATALOG, 'HOOD')).toEqual(extractSlots('还有货吗', CATALOG, 'HOOD'));
  });
  it('drops topic-less particles and reads 码 as 号 for similarity', () => {
    expect(foldZhForSimilarity('能自动计数嘛')).toBe(foldZhForSimilarity('能自动计数哦'));
    expect(textSimilarity('zh', { text: '穿什么码', vec: null }, { text: '穿什么号', vec: null })).toBeCloseTo(1);
    expect(textSimilarity('zh', { text: '適合跑馬拉松嗎', vec: null }, { text: '适合跑马拉松吗', vec: null })).toBeCloseTo(1);
  });
});
