// @vitest-environment node
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../messaging/handlers';
import type { MlProtocol } from '../../messaging/ml-protocol';
import { packVectors, relayHandlers, serveHandlers, unpackVectors, type Measured, type RpcPort } from '../worker-rpc';

/** The document's end and the worker's end of one channel. */
function channel() {
  const { port1, port2 } = new MessageChannel();
  port1.start();
  port2.start();
  return { doc: port1 as unknown as RpcPort, worker: port2 as unknown as RpcPort, close: () => (port1.close(), port2.close()) };
}

const labels = { lang: 'en' as const, sentiment: 'neutral' as const, sentimentScore: 0.5, intent: 'chitchat' as const, intentScore: 0.5 };

function fakeHost(): Handlers<MlProtocol> {
  return {
    'ml:status': () => ({ state: 'ready', models: [] }),
    'ml:classify': async ({ texts, tier }) => {
      if (texts.includes('boom')) throw new Error('model failed');
      return { tier: tier ?? 'accurate', labels: texts.map(() => labels) };
    },
    'ml:embed': async ({ texts }) => texts.map((t, i) => (t ? [i, 0.5, -1.25] : null)),
    'ml:perf': () => ({ choice: 'auto', backend: 'wasm', measuring: false, measureMs: null, loadMs: 12, heapMB: null, labels: null }),
  };
}

describe('model worker relay', () => {
  it('answers each relayed ml: message with the worker handler of its name, in any order', async () => {
    const c = channel();
    serveHandlers(c.worker, fakeHost());
    const { handlers } = relayHandlers(c.doc);
    const sender = {};
    const [a, b, st] = await Promise.all([handlers['ml:classify']({ texts: ['x', 'y'], tier: 'fast' }, sender), handlers['ml:classify']({ texts: ['z'] }, sender), handlers['ml:status'](undefined, sender)]);
    expect(a).toEqual({ tier: 'fast', labels: [labels, labels] });
    expect(b).toEqual({ tier: 'accurate', labels: [labels] });
    expect(st).toEqual({ state: 'ready', models: [] });
    expect((await handlers['ml:perf'](undefined, sender)).loadMs).toBe(12);
    c.close();
  });

  it('embeddings cross packed in one transferred buffer and come back as the same vectors, nulls kept', async () => {
    const c = channel();
    serveHandlers(c.worker, fakeHost());
    const { handlers } = relayHandlers(c.doc);
    expect(await handlers['ml:embed']({ texts: ['a', '', 'c'] }, {})).toEqual([[0, 0.5, -1.25], null, [2, 0.5, -1.25]]);
    expect(unpackVectors(packVectors([]))).toEqual([]);
    expect(unpackVectors(packVectors([null]))).toEqual([null]);
    c.close();
  });

  it('a failing handler fails its own request only; a dead worker fails every waiting one', async () => {
    const c = channel();
    serveHandlers(c.worker, fakeHost());
    const relay = relayHandlers(c.doc);
    await expect(relay.handlers['ml:classify']({ texts: ['boom'] }, {})).rejects.toThrow('model failed');
    expect((await relay.handlers['ml:classify']({ texts: ['ok'] }, {})).labels).toHaveLength(1);
    const d = channel();
    const dead = relayHandlers(d.doc); // nobody serves: answers never come
    const waiting = dead.handlers['ml:classify']({ texts: ['x'] }, {});
    dead.fail('model worker failed: out of memory');
    await expect(waiting).rejects.toThrow('out of memory');
    c.close();
    d.close();
  });

  it('passes a measurement the worker made on to the document', async () => {
    const c = channel();
    const got: Measured[] = [];
    relayHandlers(c.doc, { onMeasured: (m) => void got.push(m) });
    const m: Measured = { picked: 'wasm', reference: 'wasm', trials: [], ms: 5 };
    c.worker.postMessage({ event: 'measured', data: m });
    await expect.poll(() => got).toEqual([m]);
    c.close();
  });
});

describe('model worker relay, once the worker is gone', () => {
  it('fails later requests at once with the reason, and passes the ready event on', async () => {
    const c = channel();
    const ready: unknown[] = [];
    const relay = relayHandlers(c.doc, { onReady: (r) => void ready.push(r) });
    c.worker.postMessage({ event: 'ready', data: { tiers: ['fast'], backend: 'wasm' } });
    await expect.poll(() => ready).toEqual([{ tiers: ['fast'], backend: 'wasm' }]);
    relay.fail('fast model worker failed: out of memory');
    await expect(relay.handlers['ml:status'](undefined, {})).rejects.toThrow('out of memory');
    c.close();
  });
});
