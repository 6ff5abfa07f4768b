import { describe, expect, it } from 'vitest';
import { parseEventLog, pitchOf, serializeEventLog, type LogEvent } from '../event-log';

const a: LogEvent = { platform: 'tiktok', streamKey: 'tiktok:@shop', kind: 'comment', id: 'c1', ts: 1000, author: { name: 'amy', role: 'viewer' }, text: 'how much is #2?', labels: { lang: 'en', sentiment: 'neutral', sentimentScore: 0.9, intent: 'ask_price', intentScore: 0.8 } };
const b: LogEvent = { platform: 'tiktok', streamKey: 'tiktok:@shop', kind: 'product', id: 'p1', ts: 900, product: { ref: '2', title: 'Mug' }, pitch: { sku: 'MUG-2' } };

describe('event log', () => {
  it('round-trips and skips blank lines', () => {
    expect(parseEventLog(`\n${serializeEventLog([b, a])}\n\n`)).toEqual({ events: [b, a], lines: [2, 3], errors: [] });
  });

  it('reports bad lines with their number and raw text, keeping the rest', () => {
    const text = [JSON.stringify(a), '{nope', JSON.stringify({ ...a, kind: 'shout' }), JSON.stringify({ ...a, labels: { ...a.labels, intent: 'x' } }), JSON.stringify({ ...a, platform: 'myspace' })].join('\n');
    const r = parseEventLog(text);
    expect(r.events).toHaveLength(1);
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [2, 'not JSON'],
      [3, 'unknown kind "shout"'],
      [4, 'labels.intent "x" is unknown'],
      [5, 'unknown platform "myspace"'],
    ]);
    expect(r.errors[0]?.raw).toBe('{nope');
  });

  it('a pitch marker or a product event that resolves to the catalog starts a pitch', () => {
    const resolve = (ref: string) => (ref === '2' ? 'MUG-2' : null);
    expect(pitchOf(b, resolve)).toEqual({ sku: 'MUG-2' });
    expect(pitchOf({ ...b, pitch: undefined }, resolve)).toEqual({ sku: 'MUG-2' });
    expect(pitchOf({ ...b, pitch: undefined, product: { ref: '9' } }, resolve)).toBeNull();
    expect(pitchOf(a, resolve)).toBeNull();
  });
});
