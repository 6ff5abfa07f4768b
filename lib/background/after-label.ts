/**
 * What each handed-on stretch of rows goes through (the labeller's hand-on, lib/realtime/hand-on.ts):
 * the question queue files its questions, then the summary folds the stretch (it reads the queue's
 * groups) and the FAQ auto-answer decides (its mark-answered needs the groups).
 *
 * The FAQ runs in its own chain per stream, in order, and the hand-on does not wait for it: it
 * matches every chat line with one encoder call each, so under a burst it is the slowest step by
 * far, and waiting for it would hold up the next stretch's questions. The price: the hand-on
 * progress can pass a stretch the FAQ has not decided yet, and a worker stopped then does not
 * give it to the FAQ again (the FAQ answers only recent comments anyway: `faqMaxAgeS`).
 */
import type { StoredEvent } from '../db/schema';
import type { AfterLabel } from './labeller';

export interface AfterLabelSteps {
  questions: { onLabelled(streamId: number, rows: readonly StoredEvent[]): Promise<void> };
  summariser: { kick(streamId: number, queuedSeq?: number): void };
  faq: { onLabelled(streamId: number, rows: readonly StoredEvent[]): Promise<void> };
}

export function createAfterLabel({ questions, summariser, faq }: AfterLabelSteps): AfterLabel & { faqIdle(): Promise<void> } {
  const faqChains = new Map<number, Promise<void>>();
  const faqLater = (streamId: number, rows: readonly StoredEvent[]) => {
    const p = (faqChains.get(streamId) ?? Promise.resolve())
      .then(() => faq.onLabelled(streamId, rows))
      .catch((e: unknown) => console.warn('[live-copilot] FAQ auto-answer step failed', e))
      .finally(() => {
        if (faqChains.get(streamId) === p) faqChains.delete(streamId);
      });
    faqChains.set(streamId, p);
  };
  const afterLabel = (streamId: number, rows: StoredEvent[]) =>
    questions.onLabelled(streamId, rows).finally(() => {
      summariser.kick(streamId, rows.at(-1)?.seq);
      faqLater(streamId, rows);
    });
  return Object.assign(afterLabel, {
    /** Resolves when the FAQ has decided every stretch given so far (tests). */
    async faqIdle(): Promise<void> {
      await Promise.all(faqChains.values());
    },
  });
}
