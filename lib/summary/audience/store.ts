import type { LiveCopilotDb } from '../../db/db';
import type { StreamViewerRow } from '../types';

/** Every viewer row of a shop's streams (one indexed read). */
export const shopRows = (db: LiveCopilotDb, shop: string): Promise<StreamViewerRow[]> => db.streamViewers.where('shop').equals(shop).toArray();

/** The shops (room keys) that have streams, for the audience view's picker. */
export async function listShops(db: LiveCopilotDb): Promise<string[]> {
  return (await db.streams.orderBy('roomKey').uniqueKeys()).map(String);
}

/**
 * Forgets a viewer in one shop: their rows in every stream of it. The streams' own summaries keep
 * their totals (the commenter count is a counter, not a count of these rows); the stream logs, which
 * hold what was said in public chat, go only with their stream.
 */
export async function forgetViewer(db: LiveCopilotDb, shop: string, name: string): Promise<number> {
  return db.streamViewers.where('[shop+name]').equals([shop, name]).delete();
}
