import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../messaging/handlers';
import type { MlProtocol, OffscreenPerf } from '../../messaging/ml-protocol';
import type { MlStatus } from '../../ml/labels';
import { mergeStatus, routeTiers } from '../tier-router';

const labels = { lang: 'en' as const, sentiment: 'neutral' as const, sentimentScore: 0.5, intent: 'chitchat' as const, intentScore: 0.5 };
const perf = (p: Partial<OffscreenPerf>): OffscreenPerf => ({ choice: 'auto', backend: 'wasm', measuring: false, measureMs: null, loadMs: null, heapMB: null, labels: null, ...p });

/** A worker's handlers that record what they were asked. */
function worker(name: string, status: MlStatus, p: Partial<OffscreenPerf>, asked: string[]): Handlers<MlProtocol> {
  return {
    'ml:status': () => status,
    'ml:classify': async ({ texts, tier }) => (asked.push(`${name}:classify:${tier ?? 'accurate'}`), { tier: name === 'fast' ? 'fast' : 'accurate', labels: texts.map(() => labels) }),
    'ml:embed': async ({ texts }) => (asked.push(`${name}:embed`), texts.map(() => [1])),
    'ml:perf': () => perf(p),
  };
}

const ready = (models: MlStatus['models'], message?: string): MlStatus => ({ state: 'ready', backend: 'wasm', models, ...(message ? { message } : {}) });

describe('tier router', () => {
  it('first labels go to the fast worker, refining and embeddings to the accurate one', async () => {
    const asked: string[] = [];
    const h = routeTiers({
      fast: worker('fast', ready([]), { loadMs: 600, heapMB: 12 }, asked),
      accurate: worker('accurate', ready([]), { loadMs: 2000, heapMB: 40 }, asked),
      fastServes: async () => true,
      choice: 'auto',
      accurateReadyMs: () => 2700,
    });
    expect((await h['ml:classify']({ texts: ['a'], tier: 'fast' }, {})).tier).toBe('fast');
    expect((await h['ml:classify']({ texts: ['a'], tier: 'accurate' }, {})).tier).toBe('accurate');
    expect((await h['ml:classify']({ texts: ['a'] }, {})).tier).toBe('accurate');
    await h['ml:embed']({ texts: ['a'] }, {});
    expect(asked).toEqual(['fast:classify:fast', 'accurate:classify:accurate', 'accurate:classify:accurate', 'accurate:embed']);
    expect(await h['ml:perf'](undefined, {})).toMatchObject({ loadMs: 600, accurateLoadMs: 2700, heapMB: 52, workerHeapMB: { fast: 12, accurate: 40 } });
  });

  it('without a student (or with the fast worker gone) fast requests are labelled by the teacher', async () => {
    const asked: string[] = [];
    const h = routeTiers({
      fast: worker('fast', { state: 'failed', models: [{ name: 'student', loaded: false, error: 'HTTP 404' }] }, {}, asked),
      accurate: worker('accurate', ready([{ name: 'intent', loaded: true }]), { loadMs: 2000, heapMB: 40 }, asked),
      fastServes: async () => false,
      choice: 'wasm',
      accurateReadyMs: () => null,
    });
    expect((await h['ml:classify']({ texts: ['a'], tier: 'fast' }, {})).tier).toBe('accurate');
    expect(asked).toEqual(['accurate:classify:fast']);
    const st = await h['ml:status'](undefined, {});
    expect(st.state).toBe('ready');
    expect(st.models).toEqual([{ name: 'student', loaded: false, error: 'HTTP 404' }, { name: 'intent', loaded: true }]);
    expect((await h['ml:perf'](undefined, {})).loadMs).toBe(2000);
  });

  it('a worker that does not answer status is left out, not waited for', async () => {
    const acc = worker('accurate', ready([]), {}, []);
    const h = routeTiers({
      fast: { ...acc, 'ml:status': async () => Promise.reject(new Error('fast model worker failed')) },
      accurate: acc,
      fastServes: async () => false,
      choice: 'auto',
      accurateReadyMs: () => null,
    });
    expect((await h['ml:status'](undefined, {})).state).toBe('ready');
  });
});

describe('mergeStatus', () => {
  it('ready when either labels; loading while none does and one loads; failed when both failed', () => {
    const loading: MlStatus = { state: 'loading', models: [] };
    const failed: MlStatus = { state: 'failed', models: [], message: 'no backend' };
    expect(mergeStatus(loading, ready([])).state).toBe('ready');
    expect(mergeStatus(failed, loading).state).toBe('loading');
    expect(mergeStatus(failed, failed)).toEqual({ state: 'failed', models: [], message: 'no backend' });
    expect(mergeStatus(null, null).state).toBe('loading');
  });

  it('lists each model once, keeping a failure over a success, and each message once', () => {
    const a = ready([{ name: 'backend', loaded: true }, { name: 'lid', loaded: true }, { name: 'student', loaded: true }], 'auto: wasm');
    const b = ready([{ name: 'backend', loaded: true }, { name: 'lid', loaded: false, error: 'wasm missing' }, { name: 'use-lite', loaded: true }], 'auto: wasm');
    const m = mergeStatus(a, b);
    expect(m.models.map((x) => `${x.name}:${x.loaded}`)).toEqual(['backend:true', 'lid:false', 'student:true', 'use-lite:true']);
    expect(m.message).toBe('auto: wasm');
  });
});
