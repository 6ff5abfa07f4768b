import { describe, expect, it } from 'vitest';
import { routeLang } from '../features/lang-route';

describe('routeLang', () => {
  it('uses the Han rule before fastText', () => {
    expect(routeLang('扣1', { lang: 'en', prob: 0.9 })).toBe('zh');
    expect(routeLang('尺码偏大吗', { lang: 'ja', prob: 0.8 })).toBe('zh');
  });
  it('marks Chinese with English words as mixed, but not filler like lol / yyds', () => {
    expect(routeLang('这个color好看吗')).toBe('mixed');
    expect(routeLang('yyds 绝了')).toBe('zh');
  });
  it('lets a confident fastText guess mark longer Latin text as other', () => {
    expect(routeLang('wie viel kostet das bitte', { lang: 'de', prob: 0.95 })).toBe('other');
    expect(routeLang('how much is this', { lang: 'en', prob: 0.95 })).toBe('en');
    expect(routeLang('?')).toBe('en');
  });
});
