/**
 * The question queue as the panel shows it: the ranked open groups and the answered ones (small
 * indexed reads of lib/suggest's `questionGroups`; the worker keeps them up to date), the catalog
 * for product names, and the host's actions through the worker (`bg:` messages).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db/db';
import type { ProductRecord, QuestionGroupRecord } from '../db/schema';
import { bgMessaging } from '../messaging/bg-protocol';
import { answeredQuery, openQueueQuery } from '../suggest/queue/queries';

export const QUEUE_SHOWN = 30;
export const ANSWERED_SHOWN = 20;

export interface QueueView {
  open: QuestionGroupRecord[];
  answered: QuestionGroupRecord[];
}

export function useQuestionQueue(streamId: number | undefined): QueueView | undefined {
  return useLiveQuery(async () => {
    if (streamId === undefined) return { open: [], answered: [] };
    const db = getDb();
    const [open, answered] = await Promise.all([openQueueQuery(db, streamId, QUEUE_SHOWN), answeredQuery(db, streamId, ANSWERED_SHOWN)]);
    return { open, answered };
  }, [streamId]);
}

/** The catalog by sku (a shop's catalog is small: the panel names products and offers them to pitch). */
export function useCatalog(): Map<string, ProductRecord> {
  const products = useLiveQuery(() => getDb().products.toArray(), []) ?? [];
  return new Map(products.map((p) => [p.sku, p]));
}

export const setAnswered = (streamId: number, groupId: string, answered: boolean) => bgMessaging.sendMessage('bg:setAnswered', { streamId, groupId, answered });

/** The group the reply card is about: the selected one while it is open and listed, else the top of the queue. */
export function focusGroup(view: QueueView | undefined, selected: string | null): QuestionGroupRecord | undefined {
  if (!view) return undefined;
  return (selected ? (view.open.find((g) => g.groupId === selected) ?? view.answered.find((g) => g.groupId === selected)) : undefined) ?? view.open[0];
}
