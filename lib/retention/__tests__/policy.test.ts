import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SILENCE_MS } from '../../session/session';
import { DAY_MS, MB, isFinished, isQuotaError, planQuotaPrune, planRetention, type StreamFacts } from '../policy';

const NOW = 1_800_000_000_000;
const stream = (id: number, daysAgo: number, o: Partial<StreamFacts> = {}): StreamFacts => ({
  id,
  startedAt: NOW - daysAgo * DAY_MS,
  endedAt: NOW - daysAgo * DAY_MS + 3_600_000,
  lastEventAt: NOW - daysAgo * DAY_MS + 3_600_000,
  eventCount: 1000,
  ...o,
});
const live = (id: number) => stream(id, 40, { endedAt: undefined, lastEventAt: NOW - 1000 });

describe('retention by age', () => {
  it('deletes finished streams that ended before the cut-off, oldest first, and never a live one', () => {
    const all = [stream(1, 10), stream(2, 40), live(3), stream(4, 31), stream(5, 29)];
    expect(planRetention(all, { days: 30, maxMB: 0 }, NOW, 0)).toEqual([2, 4]);
  });
  it('0 days keeps everything', () => {
    expect(planRetention([stream(1, 900)], { days: 0, maxMB: 0 }, NOW, 10 * MB)).toEqual([]);
  });
  it('a stream not ended but silent for longer than a session counts as finished', () => {
    const silent = stream(1, 5, { endedAt: undefined, lastEventAt: NOW - SILENCE_MS - 1 });
    expect(isFinished(silent, NOW)).toBe(true);
    expect(isFinished({ ...silent, lastEventAt: NOW - SILENCE_MS + 1 }, NOW)).toBe(false);
  });
});

describe('retention by size', () => {
  it('deletes the oldest finished streams until the estimate is under the cap', () => {
    // 4 streams of 1000 events share 400 MB: 100 MB each; cap 250 MB → the two oldest go.
    const all = [stream(1, 3), stream(2, 4), stream(3, 2), stream(4, 1)];
    expect(planRetention(all, { days: 0, maxMB: 250 }, NOW, 400 * MB)).toEqual([2, 1]);
  });
  it('counts what the age rule already deletes', () => {
    const all = [stream(1, 100), stream(2, 4), stream(3, 2), stream(4, 1)];
    expect(planRetention(all, { days: 30, maxMB: 250 }, NOW, 400 * MB)).toEqual([1, 2]);
  });
  it('never deletes a live stream, even when the cap cannot be met', () => {
    expect(planRetention([live(1), stream(2, 1)], { days: 0, maxMB: 1 }, NOW, 400 * MB)).toEqual([2]);
  });
  it('under the cap nothing goes', () => {
    expect(planRetention([stream(1, 1)], { days: 0, maxMB: 500 }, NOW, 400 * MB)).toEqual([]);
  });
  it('property: only finished streams, each once, oldest first; every stream past the age limit goes', () => {
    const arb = fc.array(fc.record({ daysAgo: fc.integer({ min: 0, max: 400 }), events: fc.integer({ min: 0, max: 5000 }), live: fc.boolean() }), { maxLength: 30 });
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 4000 }), (specs, days, maxMB, usedMB) => {
        const all = specs.map((s, i) => (s.live ? { ...live(i), eventCount: s.events } : stream(i, s.daysAgo, { eventCount: s.events })));
        const out = planRetention(all, { days, maxMB }, NOW, usedMB * MB);
        const byId = new Map(all.map((s) => [s.id, s]));
        expect(new Set(out).size).toBe(out.length);
        expect(out.every((id) => isFinished(byId.get(id)!, NOW))).toBe(true);
        const starts = out.map((id) => byId.get(id)!.startedAt);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        if (days > 0) for (const s of all) if (isFinished(s, NOW) && (s.endedAt ?? s.lastEventAt) < NOW - days * DAY_MS) expect(out).toContain(s.id);
      }),
    );
  });
});

describe('when a write hits the quota', () => {
  it('picks the oldest finished stream, never the one being written nor a live one', () => {
    const all = [live(1), stream(2, 3), stream(3, 9), stream(4, 1)];
    expect(planQuotaPrune(all, 4, NOW, true)).toBe(3);
    expect(planQuotaPrune(all, 3, NOW, true)).toBe(2);
    expect(planQuotaPrune([live(1)], 1, NOW, true)).toBeUndefined();
  });
  it('deletes nothing when the user keeps everything', () => {
    expect(planQuotaPrune([stream(2, 3)], 9, NOW, false)).toBeUndefined();
  });
  it('recognises the browser’s error bare and wrapped by Dexie', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError(new DOMException('x', 'AbortError'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });
});
