/**
 * The worker's live question queue: as the labeller finishes a batch of a stream's comments, the
 * questions among them are grouped (incrementally, same code as the offline command) and staff
 * messages are checked for answers; only the touched `questionGroups` rows are written, so the
 * panel's indexed queries stay small. Grouper state per stream lives in memory and is rebuilt from
 * the stored rows (their sample texts re-embedded) after the worker restarts.
 */
import Dexie from 'dexie';
import type { LiveCopilotDb } from '../../db/db';
import { streamCatalog } from '../../db/stream-catalog';
import type { AnsweredMark, PitchRecord, QuestionGroupRecord, StoredEvent } from '../../db/schema';
import { isQuestion } from '../detect/question';
import { groupsAnsweredBy, STAFF_ROLES } from '../answered/auto-answered';
import { createGrouper, DEFAULT_GROUPING, type GroupingParams, type GroupState, type QuestionGrouper } from '../group/grouper';
import { featurizeQuestions, type EmbedFn } from '../group/pipeline';
import { fromRecord, toRecord } from './records';

export interface QuestionQueueDeps {
  db: LiveCopilotDb;
  embed?: EmbedFn;
  params?: GroupingParams;
  /**
   * The user's own chat account names (options: "your own chat account names"). Their lines, and
   * those of names learnt from the FAQ's sent replies (`stream.faqSelf`), are the shop's answers,
   * never viewers' questions — on Douyin and other pages that show no moderator badge, they would
   * otherwise be queued ("亲，支持七天无理由退换…" asked 4×).
   */
  selfNames?: () => Promise<readonly string[]>;
}

const nameKey = (name: string): string => name.replace(/^@+/, '').trim().toLowerCase();

interface StreamState {
  grouper: QuestionGrouper;
  answered: Map<string, AnsweredMark>;
  last: Map<string, { eventId: string; asker: string | null }>;
}

/** The sku being pitched at `ts`: the latest pitch record at or before it. */
export function pitchedAt(pitches: readonly PitchRecord[], ts: number): string | null {
  let best: PitchRecord | null = null;
  for (const p of pitches) if (p.ts <= ts && (!best || p.ts >= best.ts)) best = p;
  return best?.sku ?? null;
}

const TEXT_KINDS = new Set<StoredEvent['kind']>(['comment', 'superchat']);

export function createQuestionQueue({ db, embed, params = DEFAULT_GROUPING, selfNames }: QuestionQueueDeps) {
  const streams = new Map<number, Promise<StreamState>>();

  async function load(streamId: number): Promise<StreamState> {
    const rows = await db.questionGroups.where('[streamId+groupId]').between([streamId, Dexie.minKey], [streamId, Dexie.maxKey]).toArray();
    const groups = rows.map(fromRecord);
    if (embed) {
      // Re-embed the kept samples so matching after a restart is what it was before.
      const reps = groups.flatMap((g) => g.samples.map((s) => ({ s, lang: g.lang })));
      const en = reps.filter((r) => r.lang === 'en');
      const zh = params.zhGlossWeight > 0 ? reps.filter((r) => r.lang === 'zh') : [];
      const [ve, vz] = await Promise.all([en.length ? embed(en.map((r) => r.s.text)) : [], zh.length ? embed(zh.map((r) => r.s.text), { glossZh: true }) : []]);
      en.forEach((r, i) => { r.s.vec = ve[i] ?? null; });
      zh.forEach((r, i) => { r.s.vec = vz[i] ?? null; });
    }
    return {
      grouper: createGrouper(params, groups),
      answered: new Map(rows.flatMap((r) => (r.answered ? [[r.groupId, r.answered] as const] : []))),
      last: new Map(rows.map((r) => [r.groupId, { eventId: r.lastEventId, asker: r.lastAsker }])),
    };
  }

  const state = (streamId: number): Promise<StreamState> => {
    let s = streams.get(streamId);
    if (!s) {
      s = load(streamId);
      s.catch(() => streams.delete(streamId));
      streams.set(streamId, s);
    }
    return s;
  };

  function record(streamId: number, st: StreamState, g: GroupState): QuestionGroupRecord {
    return toRecord(streamId, g, st.last.get(g.id) ?? { eventId: g.id, asker: g.askers[0] ?? null }, st.answered.get(g.id));
  }

  /** Marks a group answered (by hand, or by whatever `mark.by` says) or open again (`mark` null). */
  async function setAnswered(streamId: number, groupId: string, mark: AnsweredMark | null): Promise<QuestionGroupRecord | null> {
    const st = await state(streamId);
    const g = st.grouper.groups().find((x) => x.id === groupId);
    if (!g) return null;
    if (mark) st.answered.set(groupId, mark);
    else st.answered.delete(groupId);
    const rec = record(streamId, st, g);
    await db.questionGroups.put(rec);
    return rec;
  }

  return {
    /**
     * Files one labelled batch (events in seq order, labels applied; unlabelled ones are judged by
     * the question rule, as the offline command does).
     */
    async onLabelled(streamId: number, rows: readonly StoredEvent[]): Promise<void> {
      const texts = rows.filter((r) => TEXT_KINDS.has(r.kind) && !r.deleted && r.text?.trim());
      if (!texts.length) return;
      const st = await state(streamId);
      const [catalog, pitches, stream, own] = await Promise.all([
        streamCatalog(db, streamId).then((c) => c.products),
        db.pitches.where('[streamId+ts]').between([streamId, Dexie.minKey], [streamId, Dexie.maxKey]).toArray(),
        db.streams.get(streamId),
        selfNames?.() ?? Promise.resolve([]),
      ]);
      const self = new Set([...own, ...(stream?.faqSelf ?? [])].map(nameKey).filter(Boolean));
      const isSelf = (r: StoredEvent): boolean => self.size > 0 && self.has(nameKey(r.author?.name ?? ''));
      const staff = (r: StoredEvent): boolean => STAFF_ROLES.includes(r.author?.role ?? 'viewer') || isSelf(r);
      const asked = texts.filter((r) => !staff(r) && isQuestion(r.text, r.labels));
      // A stretch given again (the worker stopped before its hand-on progress was written): what
      // was filed then stays filed once.
      const filed = await db.questionMembers.bulkGet(asked.map((r) => [streamId, r.id] as [number, string]));
      const questions = asked.filter((_, i) => !filed[i]?.groupId);
      const items = await featurizeQuestions(
        questions.map((r) => ({ id: r.id, text: r.text ?? '', ts: r.ts, author: r.author?.name ?? null, pitchedSku: pitchedAt(pitches, r.ts) })),
        { catalog, embed, params },
      );
      const byId = new Map(items.map((q) => [q.id, q]));
      const touched = new Map<string, GroupState>();
      const members: { streamId: number; eventId: string; groupId: string; ts: number; author: string | null }[] = [];
      for (const r of texts) {
        const q = byId.get(r.id);
        if (q) {
          const { group } = st.grouper.add(q);
          st.last.set(group.id, { eventId: r.id, asker: q.author });
          touched.set(group.id, group);
          members.push({ streamId, eventId: r.id, groupId: group.id, ts: r.ts, author: q.author });
        } else if (staff(r)) {
          const open = st.grouper.groups().filter((g) => !st.answered.has(g.id));
          // The user's own account speaks for the host.
          const role = isSelf(r) && !STAFF_ROLES.includes(r.author?.role ?? 'viewer') ? 'owner' : (r.author?.role ?? 'viewer');
          const hits = groupsAnsweredBy({ text: r.text ?? '', ts: r.ts, role, pitchedSku: pitchedAt(pitches, r.ts) }, open, catalog);
          for (const id of hits) {
            st.answered.set(id, { by: role === 'owner' ? 'host' : 'moderator', ts: r.ts, eventId: r.id });
            const g = open.find((x) => x.id === id);
            if (g) touched.set(id, g);
          }
        }
      }
      await db.transaction('rw', db.questionGroups, db.questionMembers, async () => {
        // An FAQ auto-answer that arrived before its question was grouped marks the group now.
        const pending = await db.questionMembers.bulkGet(members.map((m) => [streamId, m.eventId] as [number, string]));
        pending.forEach((p, i) => {
          const gid = members[i]?.groupId;
          if (p?.faqId && gid && !st.answered.has(gid)) st.answered.set(gid, { by: 'faq', ts: p.ts, faqId: p.faqId, eventId: p.eventId });
        });
        await db.questionMembers.bulkPut(members.map((m, i) => ({ ...m, ...(pending[i]?.faqId ? { faqId: pending[i]?.faqId } : {}) })));
        await db.questionGroups.bulkPut([...touched.values()].map((g) => record(streamId, st, g)));
      });
    },

    setAnswered,

    /**
     * The FAQ auto-answer replied to comment `eventId` with entry `faqId`: its group is answered.
     * Called by lib/faq after a reply is sent; works whether or not the comment is grouped yet.
     */
    async markFaqAnswered(streamId: number, eventId: string, faqId: string, ts: number): Promise<void> {
      const member = await db.questionMembers.get([streamId, eventId]);
      if (member?.groupId) {
        await setAnswered(streamId, member.groupId, { by: 'faq', ts, faqId, eventId });
        return;
      }
      await db.questionMembers.put({ streamId, eventId, groupId: '', ts, author: null, faqId });
    },

    /** Drops the in-memory state of a stream (tests; or a stream that ended). */
    forget(streamId: number): void {
      streams.delete(streamId);
    },
  };
}

export type QuestionQueue = ReturnType<typeof createQuestionQueue>;
