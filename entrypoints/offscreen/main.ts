import { registerHandlers } from '@/lib/messaging/handlers';
import { bgMessaging } from '@/lib/messaging/bg-protocol';
import { mlMessaging } from '@/lib/messaging/ml-protocol';
import { createExtensionRuntime, heapMB } from '@/lib/offscreen/extension-runtime';
import { createModelHost } from '@/lib/offscreen/model-host';
import { parseOffscreenQuery } from '@/lib/realtime/offscreen-params';

const host = createModelHost({
  ...parseOffscreenQuery(location.search),
  makeRuntime: createExtensionRuntime,
  now: () => performance.now(),
  heapMB,
  onMeasured: (m) => bgMessaging.sendMessage('bg:backendMeasured', m),
});
registerHandlers(mlMessaging, host.handlers);
