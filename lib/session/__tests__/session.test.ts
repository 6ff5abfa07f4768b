import { describe, expect, it } from 'vitest';
import { decideAttach, effectiveEnd, newStream, SILENCE_MS, streamPatchFor } from '../session';
import type { StreamRecord } from '../../db/schema';

const base: StreamRecord = { ...newStream({ roomKey: 'twitch:x', platform: 'twitch', url: 'u' }, 0), id: 1 };

describe('stream session logic', () => {
  it('starts when nothing is open, continues an open room, restarts after silence', () => {
    expect(decideAttach(undefined, 0)).toEqual({ action: 'start' });
    expect(decideAttach(base, SILENCE_MS)).toEqual({ action: 'continue', streamId: 1 });
    expect(decideAttach(base, SILENCE_MS + 1)).toEqual({ action: 'start', closeSilent: 1 });
    expect(decideAttach({ ...base, endedAt: 5 }, 6)).toEqual({ action: 'start' });
  });

  it('treats long silence as an end at the last event', () => {
    expect(effectiveEnd({ ...base, lastEventAt: 100 }, 100 + SILENCE_MS)).toBeUndefined();
    expect(effectiveEnd({ ...base, lastEventAt: 100 }, 101 + SILENCE_MS)).toBe(100);
    expect(effectiveEnd({ ...base, endedAt: 50 }, 10 ** 12)).toBe(50);
  });

  it('counts comments and events and tracks last/peak viewers', () => {
    const e = { platform: 'twitch', streamKey: 'twitch:x', ts: 1 } as const;
    const patch = streamPatchFor(base, [
      { ...e, id: '1', kind: 'comment', text: 'hi' },
      { ...e, id: '2', kind: 'viewers', viewers: 90 },
      { ...e, id: '3', kind: 'viewers', viewers: 70 },
      { ...e, id: '4', kind: 'gift', count: 3 },
    ], 500);
    expect(patch).toEqual({ lastEventAt: 500, eventCount: 2, commentCount: 1, peakViewers: 90, lastViewers: 70 });
  });
});
