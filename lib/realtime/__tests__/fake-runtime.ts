/** A stand-in MlRuntime for the backend measurement and model host tests: no tfjs. */
import { INTENTS, SENTIMENTS, type MlBackend, type MlBackendChoice, type MlStatus } from '../../ml/labels';
import type { HeadScores, MlRuntime } from '../../ml/runtime';

export interface FakeBackend {
  /** Milliseconds per text the fake clock advances. */
  msPerText: number;
  /** Added to every probability (a backend computing differently). */
  drift?: number;
  starts?: boolean;
}

export function fakeWorld(backends: Partial<Record<MlBackend, FakeBackend>>, opts: { fast?: boolean } = {}) {
  let clock = 0;
  const made: MlBackendChoice[] = [];
  const disposed: MlBackendChoice[] = [];
  const scoresOf = (b: FakeBackend, t: string): HeadScores => {
    const base = (t.length % 7) / 10;
    const intent = INTENTS.map((_x, i) => (i === 0 ? 0.5 + base : 0.5 / INTENTS.length) + (b.drift ?? 0));
    const sentiment = SENTIMENTS.map((_x, i) => (i === 1 ? 0.6 : 0.2) + (b.drift ?? 0));
    return { intent, sentiment };
  };
  const makeRuntime = (choice: MlBackendChoice, purpose?: string): MlRuntime => {
    made.push(choice);
    // A one-tier runtime (the model workers' roles) has the other tier's models not loaded.
    const hasFast = opts.fast === true && purpose !== 'accurate';
    const order: MlBackend[] = choice === 'auto' ? ['webgl', 'wasm', 'cpu'] : [choice];
    const name = order.find((b) => backends[b]?.starts !== false && backends[b]);
    const be = name ? backends[name]! : null;
    let status: MlStatus = { state: 'loading', models: [] };
    return {
      async init() {
        clock += 100;
        status = be ? { state: 'ready', backend: name, models: [] } : { state: 'failed', models: [], message: 'no backend' };
        return status;
      },
      status: () => status,
      has: (tier) => (tier === 'fast' ? hasFast : purpose !== 'fast'),
      accurateReady: async () => {},
      async scores(texts) {
        clock += (be?.msPerText ?? 0) * texts.length;
        return texts.map((t) => (be ? scoresOf(be, t) : null));
      },
      async classify(texts, tier) {
        clock += (be?.msPerText ?? 0) * texts.length;
        // The fake student is surer of itself, so tests can tell which tier answered.
        return texts.map(() => (be ? { lang: 'en', sentiment: 'neutral', sentimentScore: tier === 'fast' ? 0.9 : 0.6, intent: 'chitchat', intentScore: 0.5 } : null));
      },
      async embed(texts) {
        return texts.map(() => [1]);
      },
      dispose() {
        disposed.push(choice);
      },
    };
  };
  return { makeRuntime, now: () => clock, made, disposed };
}
