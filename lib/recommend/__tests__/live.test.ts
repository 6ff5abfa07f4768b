import { describe, expect, it } from 'vitest';
import { applySignal, decay, DEMAND_MS, HALF_LIFE_MS, liveDemand, newLiveState, PER_VIEWER_CAP, presentViewers, PRESENT_MS } from '../live';

describe('live demand', () => {
  it('decays by half every half-life and forgets past the demand window', () => {
    expect(decay(0)).toBe(1);
    expect(decay(HALF_LIFE_MS)).toBeCloseTo(0.5);
    expect(decay(2 * HALF_LIFE_MS)).toBeCloseTo(0.25);
    expect(decay(DEMAND_MS + 1)).toBe(0);
    expect(decay(-1)).toBe(0);
  });

  it('weighs purchase intents over questions over mentions, and ages them', () => {
    const st = newLiveState();
    applySignal(st, { ts: 0, kind: 'mention', sku: 'A', viewer: 'u1' });
    applySignal(st, { ts: 0, kind: 'question', sku: 'B', viewer: 'u2' });
    applySignal(st, { ts: 0, kind: 'intent', sku: 'C', viewer: 'u3' });
    const now = liveDemand(st, 0);
    expect(now.get('A')).toBe(1);
    expect(now.get('B')).toBe(1.5);
    expect(now.get('C')).toBe(3);
    expect(liveDemand(st, HALF_LIFE_MS).get('C')).toBeCloseTo(1.5);
  });

  it('caps one viewer per product and drops the demand of a viewer who bought it', () => {
    const st = newLiveState();
    for (let i = 0; i < 10; i++) applySignal(st, { ts: i, kind: 'intent', sku: 'A', viewer: 'loud' });
    applySignal(st, { ts: 10, kind: 'intent', sku: 'A', viewer: 'quiet' });
    expect(liveDemand(st, 10).get('A')).toBeCloseTo(PER_VIEWER_CAP + 3, 2);
    applySignal(st, { ts: 11, kind: 'purchase', sku: 'A', viewer: 'quiet' });
    expect(liveDemand(st, 11).get('A')).toBeCloseTo(PER_VIEWER_CAP, 2);
    expect(st.sold.get('A')).toBe(1);
  });

  it('counts a viewer as here for PRESENT_MS after last seen', () => {
    const st = newLiveState();
    applySignal(st, { ts: 0, kind: 'seen', sku: null, viewer: 'u1' });
    applySignal(st, { ts: 5000, kind: 'seen', sku: null, viewer: 'u2' });
    expect(presentViewers(st, PRESENT_MS).sort()).toEqual(['u1', 'u2']);
    expect(presentViewers(st, PRESENT_MS + 1)).toEqual(['u2']);
  });
});
