// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { frameStats, installFrameProbe, percentile } from '../frame-probe';

describe('frame probe', () => {
  it('nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_v, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
    expect(frameStats([16.7, 16.6, 50, 16.7])).toEqual({ p50: 16.7, p95: 50, max: 50, frames: 4 });
  });

  it('records animation-frame intervals between start and stop', () => {
    const callbacks: FrameRequestCallback[] = [];
    const win = { requestAnimationFrame: (cb: FrameRequestCallback) => callbacks.push(cb), cancelAnimationFrame: () => callbacks.splice(0) } as unknown as Window;
    const probe = installFrameProbe(win);
    expect(win.__panelProbe).toBe(probe);
    probe.start();
    for (const t of [0, 16, 33, 80]) callbacks.shift()!(t);
    expect(probe.stop()).toMatchObject({ frames: 3, p50: 17, max: 47 });
    expect(probe.samples()).toEqual([16, 17, 47]);
  });
});
