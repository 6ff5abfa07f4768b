import { describe, expect, it } from 'vitest';
import { applySignal, decay, liveDemand, newLiveState, PER_VIEWER_CAP, presentViewers, PRESENT_MS } from '../live';

const H = 3 * 60_000;

describe('live demand', () => {
  it('decays by half every half-life, and nothing comes from the future', () => {
    expect(decay(0, H)).toBe(1);
    expect(decay(H, H)).toBeCloseTo(0.5);
    expect(decay(2 * H, H)).toBeCloseTo(0.25);
    expect(decay(-1, H)).toBe(0);
  });

  it('weighs purchase intents over questions over mentions, and ages them by the half-life', () => {
    const st = newLiveState({ halfLifeMs: H, prompted: 1 });
    applySignal(st, { ts: 0, kind: 'mention', sku: 'A', viewer: 'u1' });
    applySignal(st, { ts: 0, kind: 'question', sku: 'B', viewer: 'u2' });
    applySignal(st, { ts: 0, kind: 'intent', sku: 'C', viewer: 'u3' });
    const now = liveDemand(st, 0);
    expect(now.get('A')).toBe(1);
    expect(now.get('B')).toBe(1.5);
    expect(now.get('C')).toBe(3);
    expect(liveDemand(st, H).get('C')).toBeCloseTo(1.5);
    const slow = newLiveState({ halfLifeMs: 10 * H, prompted: 1 });
    applySignal(slow, { ts: 0, kind: 'intent', sku: 'C', viewer: 'u3' });
    expect(liveDemand(slow, H).get('C')).toBeCloseTo(3 * 0.5 ** 0.1);
  });

  it('discounts talk about the product on screen (prompted by the pitch)', () => {
    const st = newLiveState({ halfLifeMs: H, prompted: 0.25 });
    applySignal(st, { ts: 0, kind: 'pitch', sku: 'A', viewer: null });
    applySignal(st, { ts: 1, kind: 'question', sku: 'A', viewer: 'u1' });
    applySignal(st, { ts: 1, kind: 'question', sku: 'B', viewer: 'u2' });
    const d = liveDemand(st, 1);
    expect(d.get('A')).toBeCloseTo(1.5 * 0.25);
    expect(d.get('B')).toBeCloseTo(1.5);
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
