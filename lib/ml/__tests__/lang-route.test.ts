import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { needsLid, routeLang } from '../features/lang-route';

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
  it('needs no language-id guess where the guess cannot change the route (the runtime skips fastText there)', () => {
    const guess = fc.record({ lang: fc.constantFrom('de', 'fr', 'ja', 'en', 'zh', null), prob: fc.double({ min: 0, max: 1, noNaN: true }) });
    const text = fc.array(fc.constantFrom('wie', 'viel', 'ok', 'lol', 'how', 'much', '扣1', '好', ' ', '?', '1', '😍', 'xd', 'a'), { maxLength: 8 }).map((ws) => ws.join(' '));
    fc.assert(fc.property(text, guess, (t, g) => needsLid(t) || routeLang(t, g) === routeLang(t, null)));
    expect(needsLid('wie viel kostet das')).toBe(true);
    expect(needsLid('how much')).toBe(false);
  });
});
