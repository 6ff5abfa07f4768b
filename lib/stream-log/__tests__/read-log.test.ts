import { describe, expect, it } from 'vitest';
import { CAPTURE_LIMITS } from '../../capture/limits';
import type { LogEvent } from '../../events/event-log';
import { readLogImport } from '../read-log';

const utf8 = (s: string) => new TextEncoder().encode(s);
const ev = (id: string, extra: Partial<LogEvent> = {}): LogEvent => ({ platform: 'twitch', streamKey: 'twitch:shop', kind: 'comment', id, ts: 1000 + Number(id.slice(1)), author: { name: 'amy', role: 'viewer' }, text: `hi ${id}`, ...extra });
const log = (...lines: string[]) => utf8(lines.join('\n'));

describe('reading a corrupted event log', () => {
  it('a line cut off at the end of the file is named as such; the lines before import', () => {
    const full = JSON.stringify(ev('c3'));
    const r = readLogImport(log(JSON.stringify(ev('c1')), JSON.stringify(ev('c2')), full.slice(0, 40)));
    expect(r.good).toBe(2);
    expect(r.fatal).toBeUndefined();
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([[3, 'not JSON: the file ends in the middle of this line (cut off?)']]);
  });

  it('bad JSON and wrong types in the middle are listed per line', () => {
    const r = readLogImport(log(JSON.stringify(ev('c1')), '{"platform": "twitch",, }', JSON.stringify({ ...ev('c3'), ts: 'yesterday' }), JSON.stringify(ev('c4'))));
    expect(r.good).toBe(2);
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [2, 'not JSON'],
      [3, 'ts is not a finite number'],
    ]);
  });

  it('a log of another version: its header line is named, and a file with no event at all says so above the list', () => {
    const v2 = log(JSON.stringify({ format: 'live-copilot-log', version: 2 }), JSON.stringify({ type: 'chat', at: 1, user: 'amy', msg: 'hi' }));
    const r = readLogImport(v2);
    expect(r.good).toBe(0);
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [1, expect.stringMatching(/^a file header \(version 2\), not an event: .*another version or program/)],
      [2, 'not an event: no platform (an event needs platform, kind, streamKey, id, ts)'],
    ]);
    expect(r.fatal).toMatch(/^no line is an event of this log format \(2 bad; line 1: a file header/);
  });

  it('a file that is not UTF-8 text, or not text, is refused whole', () => {
    expect(readLogImport(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2])).fatal).toMatch(/zip file/);
    const oneBad = Uint8Array.from([...log(JSON.stringify(ev('c1')), JSON.stringify(ev('c2')), ''), ...utf8('{"text":"caf'), 0xe9, ...utf8('"}\n'), ...log(JSON.stringify(ev('c4')))]);
    const r = readLogImport(oneBad);
    expect(r.good).toBe(3);
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([[3, expect.stringMatching(/not UTF-8/)]]);
  });

  it('imported text is held to capture’s rules: a 100 kB message cut with a mark, bidi overrides and zero-width characters removed', () => {
    const huge = 'a'.repeat(100_000);
    const r = readLogImport(log(JSON.stringify(ev('c1', { text: huge })), JSON.stringify(ev('c2', { author: { name: '\u202Enimda', role: 'viewer' }, text: 'fr\u200Bee gift' }))));
    const [big, spoof] = r.streams[0]!.events;
    expect(big!.text).toHaveLength(CAPTURE_LIMITS.text);
    expect(big!.text!.endsWith('…')).toBe(true);
    expect(spoof!.author!.name).toBe('nimda');
    expect(spoof!.text).toBe('free gift');
  });
});
