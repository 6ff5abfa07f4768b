/** The worker's `bg:` handlers for the question queue, reply drafts and "now pitching". */
import Dexie from 'dexie';
import type { LiveCopilotDb } from '../../db/db';
import { streamCatalog } from '../../db/stream-catalog';
import type { BgProtocol } from '../../messaging/bg-protocol';
import type { Handlers } from '../../messaging/handlers';
import type { EmbedFn } from '../group/pipeline';
import { draftReplies } from '../reply/drafts';
import { createFaqPicker } from '../reply/faq-pick';
import { pitchedAt, type QuestionQueue } from './question-queue';

export type QuestionMessages = 'bg:setAnswered' | 'bg:questionDrafts' | 'bg:setPitching';

export interface QuestionHandlerDeps {
  db: LiveCopilotDb;
  queue: QuestionQueue;
  now: () => number;
  embed?: EmbedFn;
}

/** The last three distinct askers of a group, latest last (whom a reply @mentions). */
async function recentAskers(db: LiveCopilotDb, streamId: number, groupId: string): Promise<string[]> {
  const rows = await db.questionMembers.where('[streamId+groupId]').equals([streamId, groupId]).toArray();
  const names = rows.sort((a, b) => b.ts - a.ts).flatMap((r) => (r.author ? [r.author] : []));
  return [...new Set(names)].slice(0, 3).reverse();
}

export function questionHandlers({ db, queue, now, embed }: QuestionHandlerDeps): Pick<Handlers<BgProtocol>, QuestionMessages> {
  return {
    'bg:setAnswered': ({ streamId, groupId, answered }) => queue.setAnswered(streamId, groupId, answered ? { by: 'manual', ts: now() } : null),
    async 'bg:questionDrafts'({ streamId, groupId }) {
      const [group, stream, catalog, faq, pitches] = await Promise.all([
        db.questionGroups.get([streamId, groupId]),
        db.streams.get(streamId),
        streamCatalog(db, streamId).then((c) => c.products),
        db.faqEntries.toArray(),
        db.pitches.where('[streamId+ts]').between([streamId, Dexie.minKey], [streamId, Dexie.maxKey]).toArray(),
      ]);
      if (!group) return [];
      const askers = await recentAskers(db, streamId, groupId);
      return draftReplies(
        {
          text: group.text,
          slots: { lang: group.lang, sku: group.sku, via: null, attribute: group.attribute, value: group.value },
          askers,
          platform: stream?.platform,
          pitchedSku: pitchedAt(pitches, group.lastTs),
        },
        { catalog, faq: createFaqPicker(faq, embed) },
      );
    },
    async 'bg:setPitching'({ streamId, sku }) {
      const rec = { streamId, ts: now(), sku, source: 'host' as const };
      const id = await db.pitches.add(rec);
      return { ...rec, id };
    },
  };
}
