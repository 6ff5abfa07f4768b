/**
 * Reply drafts for the focused question group, from the worker (`bg:questionDrafts`, lib/suggest's
 * grounded drafts). Asked again when the group changes or grows (new askers are @mentioned); the
 * previous drafts stay on screen until the new ones arrive, so the card does not jump.
 */
import { useEffect, useState } from 'react';
import type { QuestionGroupRecord } from '../db/schema';
import { bgMessaging } from '../messaging/bg-protocol';
import type { ReplyDraft } from '../suggest/reply/types';

export type DraftsState =
  | { state: 'idle' }
  | { state: 'loading'; groupId: string; drafts: ReplyDraft[] }
  | { state: 'ready'; groupId: string; drafts: ReplyDraft[] }
  | { state: 'failed'; groupId: string; message: string };

export function useDrafts(streamId: number | undefined, group: QuestionGroupRecord | undefined): DraftsState {
  const [s, setS] = useState<DraftsState>({ state: 'idle' });
  const groupId = group?.groupId;
  const version = group ? `${group.count}:${group.lastEventId}` : '';
  useEffect(() => {
    if (streamId === undefined || !groupId) {
      setS({ state: 'idle' });
      return;
    }
    let alive = true;
    setS((prev) => ({ state: 'loading', groupId, drafts: 'drafts' in prev && prev.groupId === groupId ? prev.drafts : [] }));
    bgMessaging
      .sendMessage('bg:questionDrafts', { streamId, groupId })
      .then((drafts) => alive && setS({ state: 'ready', groupId, drafts }))
      .catch((e: unknown) => alive && setS({ state: 'failed', groupId, message: e instanceof Error ? e.message : String(e) }));
    return () => {
      alive = false;
    };
  }, [streamId, groupId, version]);
  return s;
}
