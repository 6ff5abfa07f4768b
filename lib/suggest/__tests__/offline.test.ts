import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../events/event-log';
import type { CommentLabels } from '../../ml/labels';
import { analyseQuestions, refResolver } from '../offline/analyse';
import { questionsCommand, readQuestionLines, readSuggestLines, suggestCommand } from '../offline/commands';
import { createStreamCatalog, introTitle } from '../offline/stream-catalog';
import { CATALOG, FAQ } from './fixtures';

const L = (intent: CommentLabels['intent']): CommentLabels => ({ lang: 'en', sentiment: 'neutral', sentimentScore: 1, intent, intentScore: 1 });
let n = 0;
const ev = (text: string, extra: Partial<LogEvent> = {}): LogEvent => ({ platform: 'tiktok', streamKey: 'tiktok:s', kind: 'comment', id: `e${++n}`, ts: n * 1000, author: { name: `u${n}`, role: 'viewer' }, text, ...extra });

describe('stream catalog (no shop catalog)', () => {
  it('reads the product from the host\'s intro line', () => {
    expect(introTitle('2号链接高腰牛仔裤')).toBe('高腰牛仔裤');
    expect(introTitle('ok moving on to the selvedge jeans')).toBe('selvedge jeans');
    expect(introTitle('the merino beanie, one of our favourites')).toBe('merino beanie');
    expect(introTitle('hello everyone')).toBeNull();
  });
  it('learns number and title for pitched skus, never overriding the real catalog', () => {
    const s = createStreamCatalog(CATALOG);
    s.intro('X-1', '3号链接加绒卫衣');
    s.intro('HOOD', '1号链接别的名字');
    expect(s.products().find((p) => p.sku === 'X-1')).toMatchObject({ title: '加绒卫衣' });
    expect(s.products().find((p) => p.sku === 'X-1')?.number).toBeUndefined(); // 3 is the mug's number already
    expect(s.products().find((p) => p.sku === 'HOOD')?.title).toBe('Classic Cotton Hoodie');
  });
  it('resolves product-event refs to listing keys without a catalog', () => {
    expect(refResolver(undefined)('#3')).toBe('#3');
    expect(refResolver(undefined)('3号链接')).toBe('#3');
    expect(refResolver(CATALOG)('3')).toBe('MUG');
    expect(refResolver(CATALOG)('nope')).toBeNull();
  });
});

describe('analyseQuestions', () => {
  it('uses given labels, the classifier for the rest, and the rule when the models give nothing', async () => {
    const events = [ev('how much is #2', { labels: L('chitchat') }), ev('how much is #2?'), ev('包邮吗'), ev('lol')];
    const a = await analyseQuestions(events, { classify: async (t) => t.map((x) => (x === '包邮吗' ? null : L(x === 'lol' ? 'chitchat' : 'ask_price'))) });
    expect(a.lines.map((l) => l.question)).toEqual([false, true, true, false]);
  });
  it('tracks pitch markers, learns "#N" from the host intro, and marks groups the host answered', async () => {
    const events = [
      ev('first up, 2号链接加绒卫衣', { author: { name: 'host', role: 'owner' }, pitch: { sku: 'H' } }),
      ev('这个多少钱', { labels: L('ask_price') }),
      ev('2号多少钱', { labels: L('ask_price') }),
      ev('卫衣多少钱', { labels: L('ask_price') }),
      ev('卫衣129元', { author: { name: 'host', role: 'owner' } }),
      ev('有黑色吗', { labels: L('ask_spec') }),
    ];
    const a = await analyseQuestions(events, {});
    expect(a.lines.map((l) => l.pitching)).toEqual(['H', 'H', 'H', 'H', 'H', 'H']);
    expect(new Set(a.lines.slice(1, 4).map((l) => l.group)).size).toBe(1);
    expect(a.groups.map((g) => [g.count, g.answered?.by ?? null])).toEqual([[1, null], [3, 'host']]);
  });
});

describe('offline commands', () => {
  it('questions: adds question/group, echoes bad lines with an error', async () => {
    const text = [JSON.stringify(ev('how much is #2', { labels: L('ask_price') })), 'not json', JSON.stringify({ text: 'no event' }), JSON.stringify(ev('price of #2?', { labels: L('ask_price') }))].join('\n');
    const lines = readQuestionLines(text);
    const out = await questionsCommand(lines, {});
    expect(out.map((o) => [o.question ?? null, o.group ?? null, o.error ?? null])).toEqual([
      [true, out[0]?.id, null], [null, null, 'not JSON'], [null, null, 'not an event: no platform (an event needs platform, kind, streamKey, id, ts)'], [true, out[0]?.id, null],
    ]);
  });
  it('suggest: product and up to three drafts per question, [] otherwise; the line\'s pitching wins', async () => {
    const text = [
      JSON.stringify({ text: 'how much is this one', pitching: 'HOOD', author: { name: 'amy', role: 'viewer' } }),
      JSON.stringify({ text: 'how much is this one' }),
      JSON.stringify({ text: 'love it' }),
      JSON.stringify({ text: 'x', pitching: 3 }),
    ].join('\n');
    const classify = async (t: string[]) => t.map((x) => L(x === 'love it' ? 'praise' : 'ask_price'));
    const out = await suggestCommand(readSuggestLines(text), { classify }, { catalog: CATALOG, faq: FAQ, pitching: 'MUG' });
    expect(out[0]).toMatchObject({ product: 'HOOD' });
    expect((out[0]?.suggestions as { text: string }[])[0]?.text).toBe('@amy The Classic Cotton Hoodie (#2) is $45.');
    expect(out[1]).toMatchObject({ product: 'MUG' });
    expect(out[2]).toMatchObject({ product: null, suggestions: [] });
    expect(out[3]).toMatchObject({ error: 'pitching must be a sku string or null' });
  });
});
