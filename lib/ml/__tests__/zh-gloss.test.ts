import { describe, expect, it } from 'vitest';
import { glossZh } from '../features/zh-gloss';
import { englishForEncoder } from '../features/encoder-input';

const dict = { 骗子: 'swindler', 退款: 'to refund', 退: 'to retreat', 款: 'section', 的: 'of' };

describe('glossZh', () => {
  it('replaces Han words by glosses with forward maximum matching, skipping particles', () => {
    expect(glossZh('骗子的退款', dict)).toBe('swindler to refund');
  });
  it('keeps Latin text and drops unknown Han characters', () => {
    expect(glossZh('refund 还没到 退款', dict)).toBe('refund to refund');
  });
});

describe('englishForEncoder', () => {
  it('keeps English, glosses Chinese only when a dictionary is given', () => {
    expect(englishForEncoder('how much?')).toBe('how much?');
    expect(englishForEncoder('骗子')).toBeNull();
    expect(englishForEncoder('骗子', dict)).toBe('swindler');
    expect(englishForEncoder('这个color好看吗')).toBe('color');
  });
});

describe('glossTokens', () => {
  it('turns the gloss of Chinese lines into shared English word tokens', async () => {
    const { glossTokens } = await import('../features/head-input');
    expect(glossTokens('骗子 退款', dict)).toEqual(['w:swindler', 'w:to', 'w:refund']);
    expect(glossTokens('refund please', dict)).toEqual([]);
    expect(glossTokens('骗子', null)).toEqual([]);
  });
});
