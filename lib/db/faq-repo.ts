import type { LiveCopilotDb } from './db';
import type { FaqRecord } from './schema';
import type { FaqEntry } from '../catalog/types';
import type { ImportCounts, ImportMode } from './catalog-repo';

/** Every FAQ entry, ordered by id (a seller's FAQ is small). */
export const listFaq = (db: LiveCopilotDb): Promise<FaqRecord[]> => db.faqEntries.orderBy('id').toArray();

export function toFaqEntry({ updatedAt: _u, ...e }: FaqRecord): FaqEntry {
  return e;
}

/** Adds an entry or replaces the one stored under `previousId`; 'id-taken' when another entry has the id. */
export function saveFaqEntry(db: LiveCopilotDb, e: FaqEntry, previousId: string | null, now: number): Promise<null | 'id-taken'> {
  return db.transaction('rw', db.faqEntries, async () => {
    if (e.id !== previousId && (await db.faqEntries.get(e.id))) return 'id-taken';
    if (previousId !== null && previousId !== e.id) await db.faqEntries.delete(previousId);
    await db.faqEntries.put({ ...e, updatedAt: now });
    return null;
  });
}

export const deleteFaqEntry = (db: LiveCopilotDb, id: string): Promise<void> => db.faqEntries.delete(id);

/** Stores an import's good rows in one transaction: all of them or, on any failure, none. */
export function importFaq(db: LiveCopilotDb, rows: readonly FaqEntry[], mode: ImportMode, now: number): Promise<ImportCounts> {
  return db.transaction('rw', db.faqEntries, async () => {
    const removed = mode === 'replace' ? await db.faqEntries.count() : 0;
    if (mode === 'replace') await db.faqEntries.clear();
    const existing = mode === 'merge' ? (await db.faqEntries.bulkGet(rows.map((r) => r.id))).filter(Boolean).length : 0;
    await db.faqEntries.bulkPut(rows.map((r) => ({ ...r, updatedAt: now })));
    return { added: rows.length - existing, updated: existing, removed };
  });
}
