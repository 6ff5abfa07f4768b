import type { Handlers } from '../messaging/handlers';
import type { MlProtocol } from '../messaging/ml-protocol';
import type { MlStatus } from '../ml/labels';

/**
 * The offscreen document's message handlers. Until a model runtime is plugged in, it says so
 * plainly: the UI shows the status and events stay stored, unlabelled.
 */
export function modelHostHandlers(): Handlers<MlProtocol> {
  const status: MlStatus = { state: 'failed', message: 'No models are installed in this build.', models: [] };
  return {
    'ml:status': () => status,
    'ml:classify': ({ texts }) => texts.map(() => null),
  };
}
