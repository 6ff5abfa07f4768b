import { describe, expect, it } from 'vitest';
import { agreement, pickBackend, PICK_MARGIN, stillValid, type BackendMeasurement } from '../backend-choice';
import { measureBackends } from '../backend-bench';
import { fakeWorld } from './fake-runtime';

describe('picking a backend by measurement', () => {
  it('picks the fastest backend whose outputs agree with the reference', async () => {
    const w = fakeWorld({ webgl: { msPerText: 1, drift: 0.05 }, wasm: { msPerText: 5 }, cpu: { msPerText: 50 } });
    const m = await measureBackends(w);
    expect(m.reference).toBe('wasm');
    expect(m.picked).toBe('wasm'); // webgl is faster but disagrees by 0.05
    const webgl = m.trials.find((t) => t.backend === 'webgl');
    expect(webgl).toMatchObject({ ok: false, maxProbDiff: 0.05 });
    expect(webgl?.error).toMatch(/differ from wasm/);
    expect(m.trials.find((t) => t.backend === 'cpu')).toMatchObject({ ok: true, itemsPerSec: 20, maxProbDiff: 0 });
    expect(w.disposed.sort()).toEqual(['cpu', 'wasm', 'webgl']); // nothing left loaded
  });

  it('picks webgl where it is faster and agrees (a real GPU)', async () => {
    const m = await measureBackends(fakeWorld({ webgl: { msPerText: 1, drift: 0.001 }, wasm: { msPerText: 5 }, cpu: { msPerText: 50 } }));
    expect(m.picked).toBe('webgl');
  });

  it('compares with cpu when wasm does not start, and says why a backend was left out', async () => {
    const m = await measureBackends(fakeWorld({ webgl: { msPerText: 100 }, cpu: { msPerText: 50 } }));
    expect(m.reference).toBe('cpu');
    expect(m.picked).toBe('cpu');
    expect(m.trials.find((t) => t.backend === 'wasm')).toMatchObject({ ok: false, error: 'no backend' });
  });

  it('keeps the reference when another agreeing backend is less than PICK_MARGIN faster (measurement noise)', () => {
    const t = (backend: 'wasm' | 'cpu' | 'webgl', itemsPerSec: number) => ({ backend, ok: true, itemsPerSec });
    expect(pickBackend([t('wasm', 1000), t('cpu', 1000 * PICK_MARGIN - 1), t('webgl', 300)], 'wasm')).toBe('wasm');
    expect(pickBackend([t('wasm', 1000), t('webgl', 1000 * PICK_MARGIN + 1)], 'wasm')).toBe('webgl');
  });

  it('never picks cpu while wasm works (the accurate tier is ~20× slower there), but does where wasm does not start', () => {
    const t = (backend: 'wasm' | 'cpu' | 'webgl', itemsPerSec: number, ok = true) => ({ backend, ok, itemsPerSec });
    expect(pickBackend([t('wasm', 1000), t('cpu', 3000), t('webgl', 300)], 'wasm')).toBe('wasm');
    expect(pickBackend([t('wasm', 0, false), t('cpu', 3000), t('webgl', 300)], 'cpu')).toBe('cpu');
  });

  it('times every probe line on every backend when the student labels, after an untimed pass', async () => {
    const w = fakeWorld({ webgl: { msPerText: 2 }, wasm: { msPerText: 2 }, cpu: { msPerText: 2 } }, { fast: true });
    const m = await measureBackends(w);
    expect(m.trials.map((x) => x.itemsPerSec)).toEqual([500, 500, 500]);
    expect(m.picked).toBe('wasm');
  });

  it('falls back to wasm when nothing could be measured', () => {
    expect(pickBackend([])).toBe('wasm');
  });

  it('measures agreement per class probability and per top label', () => {
    expect(agreement([[0.9, 0.1, 0.2, 0.8]], [[0.85, 0.15, 0.3, 0.7]], 2)).toEqual({ maxProbDiff: expect.closeTo(0.1, 6), labelAgreement: 1 });
    expect(agreement([[0.9, 0.1, 0.2, 0.8]], [null], 2).maxProbDiff).toBe(Infinity);
  });

  it('keeps a measurement until the browser or the extension version changes', () => {
    const m = { key: { userAgent: 'Chrome/156', version: '0.1.0' } } as BackendMeasurement;
    expect(stillValid(m, { userAgent: 'Chrome/156', version: '0.1.0' })).toBe(true);
    expect(stillValid(m, { userAgent: 'Chrome/157', version: '0.1.0' })).toBe(false);
    expect(stillValid(m, { userAgent: 'Chrome/156', version: '0.2.0' })).toBe(false);
    expect(stillValid(null, { userAgent: 'Chrome/156', version: '0.1.0' })).toBe(false);
  });
});
