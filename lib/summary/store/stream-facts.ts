/**
 * What the summary reads about a stream besides its events: the catalog, pitch changes (pitch
 * records + product events), viewer readings, and the question grouping of given comments. Small
 * indexed reads only; called inside the caller's transaction.
 */
import Dexie from 'dexie';
import type { LiveCopilotDb } from '../../db/db';
import type { Product } from '../../catalog/types';
import type { StoredEvent } from '../../db/schema';
import { catalogProductResolver, productPitch } from '../context';
import type { PitchChange } from '../pitch-timeline';
import type { QuestionGroupIn, QuestionMemberIn } from '../questions';
import type { Reading } from '../viewers';

const all = (streamId: number) => [[streamId, Dexie.minKey], [streamId, Dexie.maxKey]] as const;

export async function pitchChanges(db: LiveCopilotDb, streamId: number, catalog: readonly Product[]): Promise<PitchChange[]> {
  const [records, products] = await Promise.all([
    db.pitches.where('[streamId+ts]').between(...all(streamId)).toArray(),
    db.events.where('[streamId+kind]').equals([streamId, 'product']).toArray(),
  ]);
  const resolve = catalogProductResolver(catalog);
  // Pitch records by time, then as written; product events after them at one instant (see pitchTimeline).
  const marks: PitchChange[] = records.sort((a, b) => a.ts - b.ts || (a.id ?? 0) - (b.id ?? 0)).map((r) => ({ ts: r.ts, sku: r.sku, source: 'marker' }));
  const fromEvents = products.sort((a, b) => a.seq - b.seq).flatMap((e) => productPitch(e, resolve) ?? []);
  return [...marks, ...fromEvents];
}

export async function readings(db: LiveCopilotDb, streamId: number): Promise<Reading[]> {
  const rows = await db.viewerSamples.where('[streamId+ts]').between(...all(streamId)).toArray();
  return rows.map((r) => ({ ts: r.ts, viewers: r.viewers }));
}

/** The question group sku of each given comment that the question queue filed (undefined = not a question). */
export async function questionSkus(db: LiveCopilotDb, streamId: number, eventIds: readonly string[]): Promise<Map<string, string | null>> {
  const members = await db.questionMembers.bulkGet(eventIds.map((id) => [streamId, id] as [number, string]));
  const filed = members.filter((m): m is NonNullable<typeof m> => !!m?.groupId);
  const groupIds = [...new Set(filed.map((m) => m.groupId))];
  const groups = await db.questionGroups.bulkGet(groupIds.map((g) => [streamId, g] as [number, string]));
  const sku = new Map(groups.flatMap((g) => (g ? [[g.groupId, g.sku] as const] : [])));
  return new Map(filed.map((m) => [m.eventId, sku.get(m.groupId) ?? null]));
}

/**
 * The stream's question groups, with every member of the groups a deleted comment belonged to
 * (questionsMetric recounts only those).
 */
export async function questionGroups(db: LiveCopilotDb, streamId: number, excluded: readonly string[]): Promise<{ groups: QuestionGroupIn[]; members: QuestionMemberIn[] }> {
  const rows = await db.questionGroups.where('[streamId+groupId]').between(...all(streamId)).toArray();
  const hit = (await db.questionMembers.bulkGet(excluded.map((id) => [streamId, id] as [number, string]))).filter((m) => m?.groupId);
  const affected = [...new Set(hit.map((m) => m!.groupId))];
  const members = (await Promise.all(affected.map((g) => db.questionMembers.where('[streamId+groupId]').equals([streamId, g]).toArray()))).flat();
  return {
    groups: rows.map((g) => ({ id: g.groupId, text: g.text, sku: g.sku, count: g.count, askerCount: g.askerCount, firstTs: g.firstTs, answered: g.open === 0 })),
    members: members.map((m) => ({ eventId: m.eventId, groupId: m.groupId, ts: m.ts, author: m.author })),
  };
}

/** Events that a fold may need to take back out: deletion targets that were stored before their deletion. */
export async function foldedTargets(db: LiveCopilotDb, streamId: number, rows: readonly StoredEvent[]): Promise<Map<string, StoredEvent>> {
  const dels = rows.filter((r) => r.kind === 'deletion' && r.targetId);
  const got = await db.events.bulkGet(dels.map((d) => [streamId, d.targetId!] as [number, string]));
  const out = new Map<string, StoredEvent>();
  got.forEach((t, i) => {
    if (t && t.seq < dels[i]!.seq) out.set(t.id, t);
  });
  return out;
}
