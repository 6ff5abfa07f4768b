/**
 * The question queue as the panel shows it: the ranked open groups and the answered ones (small
 * indexed reads of lib/suggest's `questionGroups`; the worker keeps them up to date), the stream's
 * catalog for product names, and the host's actions through the worker (`bg:` messages).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { catalogNames, linkCatalog, productsInScope, type CatalogLink } from '../catalog/scope';
import { getDb } from '../db/db';
import type { ProductRecord, QuestionGroupRecord, StreamRecord } from '../db/schema';
import { setStreamCatalog } from '../db/stream-catalog';
import { bgMessaging } from '../messaging/bg-protocol';
import { answeredQuery, openQueueQuery } from '../suggest/queue/queries';
import { keepUnchanged } from './keep-unchanged';

export const QUEUE_SHOWN = 30;
export const ANSWERED_SHOWN = 20;

export interface QueueView {
  open: QuestionGroupRecord[];
  answered: QuestionGroupRecord[];
}

/** Groups that did not change keep their objects across reads, so their (memoised) rows do not draw again. */
export function useQuestionQueue(streamId: number | undefined): QueueView | undefined {
  const last = useRef<QueueView | undefined>(undefined);
  return useLiveQuery(async () => {
    if (streamId === undefined) return { open: [], answered: [] };
    const db = getDb();
    const [open, answered] = await Promise.all([openQueueQuery(db, streamId, QUEUE_SHOWN), answeredQuery(db, streamId, ANSWERED_SHOWN)]);
    const all = [...(last.current?.open ?? []), ...(last.current?.answered ?? [])];
    const id = (g: QuestionGroupRecord) => g.groupId;
    last.current = { open: keepUnchanged(all, open, id), answered: keepUnchanged(all, answered, id) };
    return last.current;
  }, [streamId]);
}

/**
 * The stream's products by sku (its linked catalog, lib/catalog/scope.ts) and the link itself. Reads
 * the products (a shop's catalog is small) when they change, and the platform's earlier streams
 * only when the stream or its chosen catalog changes — not on every capture batch.
 */
export function useStreamCatalog(stream: Pick<StreamRecord, 'id' | 'roomKey' | 'platform' | 'startedAt' | 'catalog'> | undefined): PanelCatalog {
  const products = useLiveQuery(() => getDb().products.toArray(), []);
  const [earlier, setEarlier] = useState<StreamRecord[]>([]);
  const platform = stream?.platform;
  useEffect(() => {
    let live = true;
    if (platform) void getDb().streams.where('platform').equals(platform).toArray().then((rows) => live && setEarlier(rows));
    return () => { live = false; };
  }, [stream?.id, platform, stream?.catalog]);
  const { id, roomKey, startedAt, catalog } = stream ?? {};
  return useMemo(() => {
    const all = products ?? [];
    const link = roomKey !== undefined && platform && startedAt !== undefined ? linkCatalog({ id, roomKey, platform, startedAt, catalog }, earlier, all) : { name: null, via: null, names: catalogNames(all) };
    return { ...link, loaded: products !== undefined, total: all.length, bySku: new Map(productsInScope(all, link.name).map((p) => [p.sku, p])) };
  }, [products, earlier, id, roomKey, platform, startedAt, catalog]);
}

export interface PanelCatalog extends CatalogLink {
  /** The products in the stream's scope, by sku. */
  bySku: Map<string, ProductRecord>;
  /** Products stored, in every catalog. */
  total: number;
  loaded: boolean;
}

export const linkStreamCatalog = (streamId: number, name: string | null) => setStreamCatalog(getDb(), streamId, name);

export const setAnswered = (streamId: number, groupId: string, answered: boolean) => bgMessaging.sendMessage('bg:setAnswered', { streamId, groupId, answered });

/** The group the reply card is about: the selected one while it is open and listed, else the top of the queue. */
export function focusGroup(view: QueueView | undefined, selected: string | null): QuestionGroupRecord | undefined {
  if (!view) return undefined;
  return (selected ? (view.open.find((g) => g.groupId === selected) ?? view.answered.find((g) => g.groupId === selected)) : undefined) ?? view.open[0];
}
