/** The worker's `bg:` handlers for the FAQ auto-answer (approve, dismiss, insert, per-stream mode). */
import type { LiveCopilotDb } from '../../db/db';
import type { BgProtocol } from '../../messaging/bg-protocol';
import type { Handlers } from '../../messaging/handlers';
import type { AutoAnswer } from './auto-answer';

export type FaqMessages = 'bg:faqApprove' | 'bg:faqDismiss' | 'bg:faqInsert' | 'bg:faqSetMode';

export function faqHandlers(db: LiveCopilotDb, faq: AutoAnswer): Pick<Handlers<BgProtocol>, FaqMessages> {
  return {
    'bg:faqApprove': ({ id }) => faq.approve(id),
    'bg:faqDismiss': ({ id }) => faq.dismiss(id),
    'bg:faqInsert': ({ id }) => faq.insert(id),
    async 'bg:faqSetMode'({ streamId, mode }) {
      await db.streams.update(streamId, { faqMode: mode });
    },
  };
}
