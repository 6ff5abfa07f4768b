import type { Handlers } from '../messaging/handlers';
import type { MlProtocol } from '../messaging/ml-protocol';
import type { MlRuntime } from '../ml/runtime';

/** The offscreen document's message handlers over the model runtime (init once, then label batches). */
export function modelHostHandlers(runtime: MlRuntime): Handlers<MlProtocol> {
  return {
    'ml:status': () => runtime.status(),
    async 'ml:classify'({ texts }) {
      await runtime.init();
      return runtime.classify(texts);
    },
    async 'ml:embed'({ texts, glossZh }) {
      await runtime.init();
      return runtime.embed(texts, { glossZh: glossZh === true });
    },
  };
}
