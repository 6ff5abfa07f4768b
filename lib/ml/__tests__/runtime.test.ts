// @vitest-environment node
/** Loads the SHIPPED weights (public/models + USE-lite from node_modules); never retrains. */
import { describe, expect, it } from 'vitest';
import { createMlRuntime } from '../runtime';
import { nodeLoadAsset } from '../platform/node-assets';
import { compareBackends } from '../platform/backend-agreement';
import type { LoadAsset } from '../platform/asset-io';
import type { MlBackend } from '../labels';

const load = nodeLoadAsset(process.cwd());
const TEXTS = ['how much is #3?', '扣1', '质量太差了 退款', 'love this so much 😍', '这个color好看吗', '?', 'W', '加微信领红包'];

describe('ml runtime', () => {
  it('labels English, Chinese and mixed lines with shipped weights', async () => {
    const rt = createMlRuntime({ loadAsset: load, backend: 'cpu' });
    const st = await rt.init();
    expect(st.state).toBe('ready');
    expect(st.backend).toBe('cpu');
    const out = await rt.classify(TEXTS);
    expect(out).toHaveLength(TEXTS.length);
    expect(out.every((x) => x !== null)).toBe(true);
    expect(out[0]?.intent).toBe('ask_price');
    expect(out[1]).toMatchObject({ lang: 'zh', intent: 'purchase' });
    expect(out[2]?.sentiment).toBe('negative');
    expect(out[3]?.sentiment).toBe('positive');
    expect(out[4]?.lang).toBe('mixed');
    for (const x of out) {
      expect(x?.intentScore).toBeGreaterThan(0);
      expect(x?.intentScore).toBeLessThanOrEqual(1);
    }
    rt.dispose();
  }, 180_000);

  it('cpu and wasm agree within tolerance', async () => {
    const make = (backend: MlBackend) => createMlRuntime({ loadAsset: load, backend });
    const r = await compareBackends(make, 'cpu', 'wasm', TEXTS, 1e-3);
    expect(r.ok).toBe(true);
    expect(r.labelAgreement).toBe(1);
  }, 180_000);

  it('a head that fails to load gives a failed status and null labels, never lost inputs', async () => {
    const broken: LoadAsset = async (p) => {
      if (p.startsWith('intent/')) throw new Error('404 intent/model.json');
      return load(p);
    };
    // The heads alone (blend 0): nothing can label.
    const rt = createMlRuntime({ loadAsset: broken, backend: 'cpu', blend: 0 });
    const st = await rt.init();
    expect(st.state).toBe('failed');
    expect(st.message).toContain('intent');
    expect(st.models.find((m) => m.name === 'intent')).toMatchObject({ loaded: false });
    const out = await rt.classify(['a', 'b', 'c']);
    expect(out).toEqual([null, null, null]);
    // As shipped (the student blends in): the student labels alone, and the status says so.
    const shipped = createMlRuntime({ loadAsset: broken, backend: 'cpu' });
    const st2 = await shipped.init();
    expect(st2.state).toBe('ready');
    expect(st2.message).toContain('intent failed');
    expect(st2.message).toContain('student labels alone');
    const fromStudent = await shipped.classify(['how much is #3?', '扣1']);
    expect(fromStudent.map((x) => x?.intent)).toEqual((await shipped.classify(['how much is #3?', '扣1'], 'fast')).map((x) => x?.intent));
    expect(fromStudent.every((x) => x !== null)).toBe(true);
  }, 180_000);

  it('the accurate tier blends the heads with the student (TIER_BLEND); blend 0 is the heads alone', async () => {
    const heads = createMlRuntime({ loadAsset: load, backend: 'cpu', blend: 0 });
    const both = createMlRuntime({ loadAsset: load, backend: 'cpu' });
    const fast = createMlRuntime({ loadAsset: load, backend: 'cpu', fast: true, accurate: 'off' });
    await Promise.all([heads.init(), both.init(), fast.init()]);
    expect(heads.status().models.some((m) => m.name === 'student')).toBe(false);
    expect(both.status().models.find((m) => m.name === 'student')).toMatchObject({ loaded: true });
    const [h, b, f] = await Promise.all([heads.scores(TEXTS), both.scores(TEXTS), fast.scores(TEXTS, 'fast')]);
    for (let i = 0; i < TEXTS.length; i++) {
      const [hs, bs, fs] = [h[i]!.sentiment, b[i]!.sentiment, f[i]!.sentiment];
      expect(bs.reduce((a, x) => a + x, 0)).toBeCloseTo(1, 4);
      // Where both tiers put the same class on top, so does their average (a temperature never reorders).
      const top = (p: number[]) => p.indexOf(Math.max(...p));
      if (top(hs) === top(fs)) expect(top(bs)).toBe(top(hs));
    }
    expect(b.some((x, i) => Math.abs(x!.intent[0]! - h[i]!.intent[0]!) > 1e-4)).toBe(true);
    [heads, both, fast].forEach((rt) => rt.dispose());
  }, 180_000);

  it('a missing sentence encoder degrades instead of failing', async () => {
    const noUse: LoadAsset = async (p) => {
      if (p.startsWith('use/')) throw new Error('missing');
      return load(p);
    };
    const rt = createMlRuntime({ loadAsset: noUse, backend: 'cpu' });
    const st = await rt.init();
    expect(st.state).toBe('ready');
    expect(st.message).toContain('encoder');
    expect((await rt.classify(['还有货吗']))[0]?.intent).toBe('ask_stock');
  }, 180_000);

  it('a missing polarity head falls back to the 3-class sentiment head and says so', async () => {
    const noPolarity: LoadAsset = async (p) => {
      if (p.startsWith('polarity/')) throw new Error('404 polarity/model.json');
      return load(p);
    };
    const rt = createMlRuntime({ loadAsset: noPolarity, backend: 'cpu' });
    const st = await rt.init();
    expect(st.state).toBe('ready');
    expect(st.message).toContain('3-class sentiment head decides the sign');
    const out = await rt.classify(['质量太差了 退款', 'love this so much 😍']);
    expect(out.map((x) => x?.sentiment)).toEqual(['negative', 'positive']);
    const full = createMlRuntime({ loadAsset: load, backend: 'cpu' });
    await full.init();
    expect(full.status().models.find((m) => m.name === 'polarity')).toMatchObject({ loaded: true });
    rt.dispose();
    full.dispose();
  }, 180_000);
});
