import type { BgProtocol } from '../../messaging/bg-protocol';
import type { Handlers } from '../../messaging/handlers';
import { createSummariser } from './catch-up';

export { createSummariser };
export type Summariser = ReturnType<typeof createSummariser>;

/** The worker's summary messages. */
export function summaryHandlers(summariser: Summariser): Pick<Handlers<BgProtocol>, 'bg:summarise'> {
  return {
    'bg:summarise'({ streamId }) {
      summariser.kick(streamId);
    },
  };
}
