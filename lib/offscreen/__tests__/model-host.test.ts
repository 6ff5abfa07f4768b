import { describe, expect, it } from 'vitest';
import { fakeWorld } from '../../realtime/__tests__/fake-runtime';
import { createModelHost } from '../model-host';

const sender = {};

describe('model host', () => {
  it('auto without a measurement: measures, reports it, then loads the models once on the pick', async () => {
    const w = fakeWorld({ webgl: { msPerText: 100 }, wasm: { msPerText: 5 }, cpu: { msPerText: 50 } });
    const reported: string[] = [];
    const host = createModelHost({ choice: 'auto', ...w, onMeasured: async (m) => void reported.push(m.picked) });
    const labels = await host.handlers['ml:classify']({ texts: ['hi', 'hi'] }, sender);
    expect(labels.tier).toBe('accurate');
    expect(labels.labels).toHaveLength(2);
    expect(reported).toEqual(['wasm']);
    expect(w.made).toEqual(['wasm', 'webgl', 'cpu', 'wasm']);
    const perf = await host.handlers['ml:perf'](undefined, sender);
    expect(perf).toMatchObject({ choice: 'auto', backend: 'wasm', measuring: false, loadMs: 100, labels: { cache: { hits: 1, misses: 1 } } });
  });

  it('auto with a remembered pick loads it straight away', async () => {
    const w = fakeWorld({ webgl: { msPerText: 100 }, wasm: { msPerText: 5 } });
    const host = createModelHost({ choice: 'auto', picked: 'wasm', ...w });
    await host.ready;
    expect(w.made).toEqual(['wasm']);
  });

  it('measures again when the remembered pick no longer starts', async () => {
    const w = fakeWorld({ webgl: { msPerText: 100, starts: false }, wasm: { msPerText: 5 }, cpu: { msPerText: 50 } });
    const reported: string[] = [];
    const host = createModelHost({ choice: 'auto', picked: 'webgl', ...w, onMeasured: async (m) => void reported.push(m.picked) });
    await host.ready;
    expect(reported).toEqual(['wasm']);
    expect((await host.handlers['ml:perf'](undefined, sender)).backend).toBe('wasm');
  });

  it('an explicit choice is loaded as is, with no measurement', async () => {
    const w = fakeWorld({ webgl: { msPerText: 100 }, wasm: { msPerText: 5 }, cpu: { msPerText: 50 } });
    const host = createModelHost({ choice: 'cpu', ...w });
    expect(await host.handlers['ml:status'](undefined, sender)).toMatchObject({ state: 'loading' });
    await host.ready;
    expect(w.made).toEqual(['cpu']);
    expect(await host.handlers['ml:status'](undefined, sender)).toMatchObject({ state: 'ready', backend: 'cpu' });
  });

  it('with a student loaded, a fast request is answered by it; accurate stays available', async () => {
    const w = fakeWorld({ wasm: { msPerText: 5 } }, { fast: true });
    const host = createModelHost({ choice: 'wasm', ...w });
    const fast = await host.handlers['ml:classify']({ texts: ['hi'], tier: 'fast' }, sender);
    expect(fast.tier).toBe('fast');
    expect(fast.labels[0]?.sentimentScore).toBe(0.9);
    const acc = await host.handlers['ml:classify']({ texts: ['yo'], tier: 'accurate' }, sender);
    expect(acc.tier).toBe('accurate');
    expect((await host.handlers['ml:perf'](undefined, sender)).labels?.tiers).toEqual(['accurate', 'fast']);
  });

  it('without a student, a fast request falls back to the accurate tier', async () => {
    const w = fakeWorld({ wasm: { msPerText: 5 } });
    const host = createModelHost({ choice: 'wasm', ...w });
    expect((await host.handlers['ml:classify']({ texts: ['hi'], tier: 'fast' }, sender)).tier).toBe('accurate');
  });

  it('a fast-role host serves the student alone; an accurate-role host the teacher alone', async () => {
    const w = fakeWorld({ wasm: { msPerText: 5 } }, { fast: true });
    const fast = createModelHost({ choice: 'wasm', role: 'fast', ...w });
    expect(await fast.tiersServed()).toEqual(['fast']);
    expect((await fast.handlers['ml:classify']({ texts: ['hi'], tier: 'accurate' }, sender)).tier).toBe('fast');
    const accurate = createModelHost({ choice: 'wasm', role: 'accurate', ...w });
    expect(await accurate.tiersServed()).toEqual(['accurate']);
    expect((await accurate.handlers['ml:classify']({ texts: ['hi'], tier: 'fast' }, sender)).tier).toBe('accurate');
    expect(accurate.backend()).toBe('wasm');
  });

  it('a fast-role host without a student serves nothing: the document sends its requests to the teacher', async () => {
    const w = fakeWorld({ wasm: { msPerText: 5 } });
    const fast = createModelHost({ choice: 'wasm', role: 'fast', ...w });
    expect(await fast.tiersServed()).toEqual([]);
    await expect(fast.handlers['ml:classify']({ texts: ['hi'], tier: 'fast' }, sender)).rejects.toThrow('no model tier loaded');
  });
});
