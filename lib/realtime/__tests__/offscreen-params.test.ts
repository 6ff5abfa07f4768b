import { describe, expect, it } from 'vitest';
import { offscreenQuery, parseOffscreenQuery } from '../offscreen-params';

describe('offscreen document parameters', () => {
  it('round-trips the choice and, for auto only, the remembered pick', () => {
    expect(parseOffscreenQuery(offscreenQuery({ choice: 'auto', picked: 'wasm' }))).toEqual({ choice: 'auto', picked: 'wasm' });
    expect(parseOffscreenQuery(offscreenQuery({ choice: 'auto' }))).toEqual({ choice: 'auto' });
    expect(offscreenQuery({ choice: 'cpu', picked: 'wasm' })).toBe('?backend=cpu');
  });

  it('reads anything unknown as auto without a pick', () => {
    expect(parseOffscreenQuery('?backend=gpu&picked=tpu')).toEqual({ choice: 'auto' });
    expect(parseOffscreenQuery('')).toEqual({ choice: 'auto' });
  });
});
