import { registerHandlers } from '@/lib/messaging/handlers';
import { mlMessaging } from '@/lib/messaging/ml-protocol';
import { backendFromUrl, createExtensionRuntime } from '@/lib/offscreen/extension-runtime';
import { modelHostHandlers } from '@/lib/offscreen/model-host';

const runtime = createExtensionRuntime(backendFromUrl(location.search));
registerHandlers(mlMessaging, modelHostHandlers(runtime));
void runtime.init();
