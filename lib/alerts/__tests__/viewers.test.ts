import { describe, expect, it } from 'vitest';
import { viewerAlert, viewerBaseline, VIEWER_RULE } from '../viewers';

const S = 1000;
/** A reading every 5 s from t=0 at `level(t)`. */
const curve = (until: number, level: (t: number) => number) => Array.from({ length: until / (5 * S) + 1 }, (_v, i) => ({ ts: i * 5 * S, viewers: level(i * 5 * S) }));

describe('viewer drop / spike rule', () => {
  it('is quiet on a flat or slowly drifting audience', () => {
    expect(viewerAlert(curve(600 * S, () => 500), 600 * S)).toBeNull();
    // −1 viewer every 5 s: −24 over the baseline stretch, under 20 %.
    expect(viewerAlert(curve(600 * S, (t) => 1000 - t / (5 * S)), 600 * S)).toBeNull();
  });

  it('warns of a drop of 20 % or more within a minute or two', () => {
    const r = curve(400 * S, (t) => (t < 300 * S ? 500 : 380));
    const a = viewerAlert(r, 400 * S);
    expect(a).toMatchObject({ kind: 'viewer_drop', severity: 'warn', values: { from: 500, to: 380, change: -120, percent: 24 } });
  });

  it('notes a spike of 30 % or more', () => {
    const a = viewerAlert(curve(400 * S, (t) => (t < 330 * S ? 200 : 300)), 400 * S);
    expect(a).toMatchObject({ kind: 'viewer_spike', severity: 'info', values: { from: 200, to: 300 } });
  });

  it('needs at least MIN_ABS viewers of change (small rooms wobble)', () => {
    expect(viewerAlert(curve(400 * S, (t) => (t < 330 * S ? 20 : 12)), 400 * S)).toBeNull();
    expect(VIEWER_RULE.MIN_ABS).toBe(10);
  });

  it('clears once the baseline stretch has moved past the change', () => {
    const r = curve(700 * S, (t) => (t < 300 * S ? 500 : 380));
    expect(viewerAlert(r, 700 * S)).toBeNull();
  });

  it('ignores one odd reading in the baseline (median)', () => {
    const r = curve(400 * S, (t) => (t === 250 * S ? 5 : t < 330 * S ? 500 : 480));
    expect(viewerBaseline(r, 400 * S)).toBe(500);
    expect(viewerAlert(r, 400 * S)).toBeNull();
  });

  it('uses the last reading before the baseline stretch when none was taken in it', () => {
    const r = [{ ts: 0, viewers: 400 }, { ts: 300 * S, viewers: 250 }];
    expect(viewerBaseline(r, 300 * S)).toBe(400);
    expect(viewerAlert(r, 300 * S)?.kind).toBe('viewer_drop');
  });

  it('says nothing without history or with a stale latest reading', () => {
    expect(viewerAlert([], 0)).toBeNull();
    expect(viewerAlert([{ ts: 0, viewers: 100 }], 10 * S)).toBeNull();
    const r = curve(400 * S, (t) => (t < 300 * S ? 500 : 300));
    expect(viewerAlert(r, 400 * S + VIEWER_RULE.STALE_MS + 1)).toBeNull();
  });

  it('reads readings in any order and ignores ones after now', () => {
    const r = curve(400 * S, (t) => (t < 300 * S ? 500 : 380)).reverse();
    expect(viewerAlert([...r, { ts: 500 * S, viewers: 9999 }], 400 * S)?.kind).toBe('viewer_drop');
  });
});
