import { registerHandlers } from '@/lib/messaging/handlers';
import { mlMessaging } from '@/lib/messaging/ml-protocol';
import { modelHostHandlers } from '@/lib/offscreen/model-host';

registerHandlers(mlMessaging, modelHostHandlers());
