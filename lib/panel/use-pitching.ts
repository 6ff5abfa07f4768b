/**
 * "Now pitching": the stream's latest pitch record (the host's choice, the page's shown product, or
 * an imported marker — lib/pitching records the page's), and the host's control through the worker
 * (`bg:setPitching`, lib/suggest's handler writes the pitch record).
 */
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db/db';
import type { PitchRecord } from '../db/schema';
import { bgMessaging } from '../messaging/bg-protocol';

export function useCurrentPitch(streamId: number | undefined): PitchRecord | null | undefined {
  return useLiveQuery(
    async () =>
      streamId === undefined
        ? null
        : ((await getDb().pitches.where('[streamId+ts]').between([streamId, Dexie.minKey], [streamId, Dexie.maxKey]).last()) ?? null),
    [streamId],
  );
}

export const setPitching = (streamId: number, sku: string | null) => bgMessaging.sendMessage('bg:setPitching', { streamId, sku });
