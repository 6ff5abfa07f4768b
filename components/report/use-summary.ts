import { useEffect, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { bgMessaging } from '@/lib/messaging/bg-protocol';
import { loadHeadline, loadSummaryReport, READER_TAIL } from '@/lib/summary/store/read';

/**
 * As many unfolded events as the page folds itself (read.ts) and the page asks the worker to fold them
 * (streams from before the summary existed; a burst the worker has not caught up with).
 */
const NUDGE_AFTER = READER_TAIL;

function useNudge(streamId: number | undefined, behind: number | undefined) {
  const asked = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (streamId === undefined || (behind ?? 0) < NUDGE_AFTER || asked.current === streamId) return;
    asked.current = streamId;
    void bgMessaging.sendMessage('bg:summarise', { streamId }).catch((e: unknown) => console.warn('[live-copilot] worker not reached', e));
  }, [streamId, behind]);
}

/** A stream's full summary, live: it follows new events as the worker folds them. undefined = loading, null = no such stream. */
export function useSummaryReport(streamId: number | undefined) {
  const r = useLiveQuery(() => (streamId === undefined ? null : loadSummaryReport(getDb(), streamId)), [streamId]);
  useNudge(streamId, r?.behind);
  return r;
}

/** The popup list's numbers for one stream. */
export function useHeadline(streamId: number | undefined) {
  const h = useLiveQuery(() => (streamId === undefined ? null : loadHeadline(getDb(), streamId)), [streamId]);
  useNudge(streamId, h?.behind);
  return h;
}

export function useStream(streamId: number | undefined) {
  return useLiveQuery(async () => (streamId === undefined ? null : ((await getDb().streams.get(streamId)) ?? null)), [streamId]);
}

export function useCatalogTitles(): Map<string, string> {
  return useLiveQuery(async () => new Map((await getDb().products.toArray()).map((p) => [p.sku, p.title])), []) ?? new Map();
}
