// @vitest-environment node
/** The memory expert: bank parsing, the neighbours' vote, mixing, and the runtime without its files. */
import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { disposeMemory, mixRecall, parseMemory, recall, type MemoryMeta } from '../memory';
import { createMlRuntime } from '../runtime';
import { nodeLoadAsset } from '../platform/node-assets';
import type { LoadAsset } from '../platform/asset-io';

/** A bank in 2 input dims, identity projection, zero mean: rows at 0°, 10°, 90°, 180°. */
function tinyBank(labels: number[], meta: Partial<MemoryMeta> = {}): { meta: MemoryMeta; bin: ArrayBuffer } {
  const rows = [[1, 0], [Math.cos(0.17), Math.sin(0.17)], [0, 1], [-1, 0]];
  const m: MemoryMeta = { n: rows.length, inputDim: 2, dim: 2, classes: 3, k: 2, temperature: 10, weight: 0.5, ...meta };
  const head = new Float32Array([0, 0, 1, 0, 0, 1]);
  const q = Int8Array.from(rows.flat().map((v) => Math.round(v * 127)));
  const bin = new Uint8Array(head.byteLength + q.byteLength + labels.length);
  bin.set(new Uint8Array(head.buffer), 0);
  bin.set(new Uint8Array(q.buffer), head.byteLength);
  bin.set(Uint8Array.from(labels), head.byteLength + q.byteLength);
  return { meta: m, bin: bin.buffer };
}

describe('memory expert', () => {
  it('votes with the nearest rows only, weighted by closeness; lines without an embedding get no vote', async () => {
    await tf.setBackend('cpu');
    const { meta, bin } = tinyBank([2, 2, 1, 0]);
    const mem = parseMemory(meta, bin);
    const [near0, none, near90] = await recall(mem, [Float32Array.from([3, 0.1]), null, Float32Array.from([0.1, 5])]);
    // Nearest two of (3, 0.1) are the 0° and 10° rows, both positive: the far negative row never votes.
    expect(Array.from(near0 ?? [])).toEqual([0, 0, 1]);
    expect(none).toBeNull();
    // (0.1, 5) is nearest the neutral 90° row, then the 10° positive one: neutral leads, both count.
    expect(near90?.[1]).toBeGreaterThan(0.9);
    expect(near90?.[2]).toBeGreaterThan(0);
    expect(near90?.[0]).toBe(0);
    disposeMemory(mem);
  });

  it('rejects a bank of the wrong size or with a label outside its classes', () => {
    const { meta, bin } = tinyBank([2, 2, 1, 0]);
    expect(() => parseMemory({ ...meta, n: 5 }, bin)).toThrow(/bytes, expected/);
    const bad = tinyBank([2, 2, 1, 7]);
    expect(() => parseMemory(bad.meta, bad.bin)).toThrow(/outside its classes/);
  });

  it('mixes a vote in at its weight and leaves rows without one unchanged', () => {
    const probs = Float32Array.from([0.2, 0.6, 0.2, 0.1, 0.1, 0.8]);
    const out = mixRecall(probs, [Float32Array.from([0, 0, 1]), null], 3, 0.25);
    expect(Array.from(out).map((v) => Math.round(v * 1000) / 1000)).toEqual([0.15, 0.45, 0.4, 0.1, 0.1, 0.8]);
  });

  it('the shipped tier loads the bank; without its files it still labels and the status says so', async () => {
    const load = nodeLoadAsset(process.cwd());
    const withBank = createMlRuntime({ loadAsset: load, backend: 'wasm' });
    expect((await withBank.init()).message ?? '').not.toMatch(/memory/);
    const [a] = await withBank.classify(['this broke on day one, so disappointed']);
    expect(a?.sentiment).toBe('negative');
    withBank.dispose();
    const noBank: LoadAsset = (p) => (p.startsWith('memory/') ? Promise.reject(new Error('missing')) : load(p));
    const rt = createMlRuntime({ loadAsset: noBank, backend: 'wasm' });
    const st = await rt.init();
    expect(st.state).toBe('ready');
    expect(st.message).toMatch(/memory missing \(lower accuracy\)/);
    expect((await rt.classify(['this broke on day one, so disappointed']))[0]?.sentiment).toBe('negative');
    rt.dispose();
  }, 120000);
});
