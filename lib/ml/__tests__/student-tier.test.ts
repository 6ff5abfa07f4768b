// @vitest-environment node
/** The distilled student as the runtime's fast tier, with the SHIPPED weights (public/models/student). */
import { describe, expect, it } from 'vitest';
import { createMlRuntime } from '../runtime';
import { nodeLoadAsset } from '../platform/node-assets';
import type { LoadAsset } from '../platform/asset-io';

const load = nodeLoadAsset(process.cwd());
const TEXTS = ['how much is #3?', '扣1', '质量太差了 退款', 'love this so much 😍', '这个color好看吗', 'W'];

describe('student (fast tier)', () => {
  it('labels English, Chinese and mixed lines with no sentence encoder loaded', async () => {
    const rt = createMlRuntime({ loadAsset: load, backend: 'wasm', fast: true, accurate: 'off' });
    const st = await rt.init();
    expect(st.state).toBe('ready');
    expect(st.models.map((m) => m.name).filter((n) => n !== 'backend')).toEqual(['student']);
    expect(rt.has('fast')).toBe(true);
    expect(rt.has('accurate')).toBe(false);
    // The student reads the sentence encoder's token bag: its vocabulary loaded (nothing noted missing).
    expect(st.message ?? '').not.toMatch(/use-vocab/);
    const out = await rt.classify(TEXTS, 'fast');
    expect(out.every((x) => x !== null)).toBe(true);
    expect(out[0]?.intent).toBe('ask_price');
    expect(out[1]).toMatchObject({ lang: 'zh', intent: 'purchase' });
    expect(out[2]?.sentiment).toBe('negative');
    expect(out[3]?.sentiment).toBe('positive');
    expect(out[4]?.lang).toBe('mixed');
    const scores = await rt.scores(TEXTS.slice(0, 2), 'fast');
    for (const s of scores) {
      expect(s?.intent.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
      expect(s?.sentiment.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    }
    rt.dispose();
  }, 30000);

  it("'lazy': init resolves with the student, the accurate tier follows and answers once loaded", async () => {
    const rt = createMlRuntime({ loadAsset: load, backend: 'wasm', fast: true, accurate: 'lazy' });
    const st = await rt.init();
    expect(st.state).toBe('ready');
    expect(st.models.some((m) => m.name === 'use-lite')).toBe(false);
    const [fast] = await rt.classify(['how much is #3?'], 'fast');
    expect(fast?.intent).toBe('ask_price');
    // An accurate call made before the encoder is loaded waits for it rather than failing.
    const [acc] = await rt.classify(['how much is #3?']);
    expect(acc?.intent).toBe('ask_price');
    await rt.accurateReady();
    expect(rt.status().models.find((m) => m.name === 'use-lite')?.loaded).toBe(true);
    rt.dispose();
  }, 60000);

  it('without the encoder vocabulary the student still labels, and the status says accuracy is lower', async () => {
    const noVocab: LoadAsset = (p) => (p === 'use/vocab.json' ? Promise.reject(new Error('missing')) : load(p));
    const rt = createMlRuntime({ loadAsset: noVocab, backend: 'wasm', fast: true, accurate: 'off' });
    const st = await rt.init();
    expect(st.state).toBe('ready');
    expect(st.message).toMatch(/use-vocab missing \(lower accuracy\)/);
    expect((await rt.classify(['how much is #3?'], 'fast'))[0]?.intent).toBe('ask_price');
    rt.dispose();
  }, 60000);

  it('without the student file the fast tier is absent and the accurate tier still labels', async () => {
    const noStudent: LoadAsset = (p) => (p.startsWith('student/') ? Promise.reject(new Error('missing')) : load(p));
    const rt = createMlRuntime({ loadAsset: noStudent, backend: 'wasm', fast: true, accurate: 'eager' });
    const st = await rt.init();
    expect(st.state).toBe('ready');
    expect(st.models.find((m) => m.name === 'student')).toMatchObject({ loaded: false });
    expect(rt.has('fast')).toBe(false);
    expect((await rt.classify(['W'], 'fast'))[0]).toBeNull();
    expect((await rt.classify(['W']))[0]).not.toBeNull();
    rt.dispose();
  }, 60000);
});
