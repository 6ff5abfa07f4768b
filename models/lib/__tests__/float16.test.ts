// @vitest-environment node
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { fromFloat16Bits, roundToFloat16, toFloat16, toFloat16Bits } from '../float16';

describe('float16 weight storage', () => {
  it('encodes known values, rounding to nearest even, with overflow and underflow', () => {
    expect(toFloat16Bits(1)).toBe(0x3c00);
    expect(toFloat16Bits(-2)).toBe(0xc000);
    expect(toFloat16Bits(65504)).toBe(0x7bff);
    expect(toFloat16Bits(1e6)).toBe(0x7c00);
    expect(toFloat16Bits(0.1)).toBe(0x2e66);
    expect(toFloat16Bits(2 ** -24)).toBe(1);
    expect(toFloat16Bits(1e-9)).toBe(0);
    expect(toFloat16Bits(1 + 2 ** -11)).toBe(0x3c00); // halfway: to even
    expect(toFloat16Bits(1 + 3 * 2 ** -11)).toBe(0x3c02);
    expect(fromFloat16Bits(0x3555)).toBeCloseTo(1 / 3, 3);
  });

  it('keeps weights within float16 precision', () => {
    const xs = Float32Array.from({ length: 2000 }, (_v, i) => Math.sin(i * 12.9898) * (i % 7 ? 0.05 : 3));
    const ys = roundToFloat16(xs);
    xs.forEach((x, i) => expect(Math.abs((ys[i] ?? 0) - x)).toBeLessThanOrEqual(Math.max(Math.abs(x) * 2 ** -11, 2 ** -25)));
  });

  it('decodes in tfjs to the values roundToFloat16 gives (what training scores dev with)', () => {
    const xs = Float32Array.from({ length: 300 }, (_v, i) => Math.cos(i * 7.1) * 0.3);
    const bits = toFloat16(xs);
    const spec = { name: 'w', shape: [300], dtype: 'float32' as const, quantization: { dtype: 'float16' as const } };
    const w = tf.io.decodeWeights(bits.buffer as ArrayBuffer, [spec]).w as tf.Tensor;
    expect(Array.from(w.dataSync())).toEqual(Array.from(roundToFloat16(xs)));
  });
});
