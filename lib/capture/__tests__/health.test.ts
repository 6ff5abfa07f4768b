import { describe, expect, it } from 'vitest';
import { computeHealth, NO_ROWS_AFTER_MS } from '../health';

const base = { now: 0, startedAt: 0, containerFound: true, rowsSeen: 0, viewers: 100 };

describe('computeHealth', () => {
  it('waits for chat at first, then calls selectors broken while people watch', () => {
    expect(computeHealth({ ...base, containerFound: false, now: 1000 }).state).toBe('waiting');
    const broken = computeHealth({ ...base, containerFound: false, now: NO_ROWS_AFTER_MS + 2000 });
    expect(broken.state).toBe('no-rows');
    expect(broken.detail).toMatch(new RegExp(`^0 rows matched for ${(NO_ROWS_AFTER_MS + 2000) / 1000} s while viewers > 0`));
  });

  it('flags a found container that never yields a row, but not an empty room', () => {
    expect(computeHealth({ ...base, now: NO_ROWS_AFTER_MS }).state).toBe('no-rows');
    expect(computeHealth({ ...base, viewers: 0, now: 60_000 }).state).toBe('attached');
    expect(computeHealth({ ...base, rowsSeen: 3, lastRowAt: 0, now: 60_000 }).detail).toBe('attached, 3 rows seen');
  });

  it('reports walls and frames that only read viewers', () => {
    expect(computeHealth({ ...base, wall: { state: 'wall', detail: 'login required' } })).toEqual({ state: 'wall', detail: 'login required' });
    expect(computeHealth({ ...base, containerFound: false, chatElsewhere: true, now: 99_000 }).state).toBe('waiting');
  });
});
