/**
 * The worker's recommender, one per stream, kept up to date incrementally: each `bg:recommend`
 * reads only the events stored since the last call ([streamId+seq] range) and the stream's pitch
 * rows, pushes them into the pure core and ranks. History (the same room's earlier streams, at
 * most HISTORY_STREAMS) is read once, when the stream's recommender is built — never per event.
 */
import Dexie from 'dexie';
import type { Product } from '../../catalog/types';
import type { LiveCopilotDb } from '../../db/db';
import { streamCatalog } from '../../db/stream-catalog';
import type { LogEvent } from '../../events/event-log';
import { createRecommender, type Recommender } from '../recommender';
import { refOf } from '../score';
import type { Reason } from '../types';

export const HISTORY_STREAMS = 10;
export const TOP = 3;

export interface RecommendItem { sku: string; ref: string; title: string; score: number; reasons: Reason[] }
export interface RecommendView { streamId: number; pitching: string | null; pitchingTitle: string | null; items: RecommendItem[] }

interface Entry { rec: Recommender; lastSeq: number; pitchRows: number; catalogKey: string }

const catalogKey = (c: readonly Product[]): string => c.map((p) => `${p.sku}:${p.stock ?? ''}:${p.number ?? ''}`).join('|');

export function createRecommendService(db: LiveCopilotDb) {
  const entries = new Map<number, Entry>();

  async function build(streamId: number, catalog: Product[], key: string): Promise<Entry> {
    const stream = await db.streams.get(streamId);
    const past = stream ? (await db.streams.where('roomKey').equals(stream.roomKey).toArray()).filter((s) => s.id !== undefined && s.id !== streamId && s.startedAt < stream.startedAt).sort((a, b) => a.startedAt - b.startedAt).slice(-HISTORY_STREAMS) : [];
    const history: LogEvent[][] = [];
    for (const s of past) history.push(await withPitches(db, s.id as number, await db.events.where('[streamId+seq]').between([s.id as number, Dexie.minKey], [s.id as number, Dexie.maxKey]).toArray()));
    return { rec: createRecommender({ catalog, history }), lastSeq: -1, pitchRows: 0, catalogKey: key };
  }

  return {
    async recommend(streamId: number, now?: number): Promise<RecommendView> {
      // The stream's own shop's products only (lib/catalog/scope.ts): another shop's never come up.
      const catalog = (await streamCatalog(db, streamId)).products;
      const key = catalogKey(catalog);
      let e = entries.get(streamId);
      if (!e || e.catalogKey !== key) entries.set(streamId, (e = await build(streamId, catalog, key)));
      const fresh = await db.events.where('[streamId+seq]').between([streamId, e.lastSeq + 1], [streamId, Dexie.maxKey]).toArray();
      const pitches = await db.pitches.where('[streamId+ts]').between([streamId, Dexie.minKey], [streamId, Dexie.maxKey]).toArray();
      const marks: LogEvent[] = pitches.slice(e.pitchRows).map((p) => pitchEvent(p.ts, p.sku));
      e.pitchRows = pitches.length;
      for (const ev of [...fresh.filter((x) => !x.deleted), ...marks].sort((a, b) => a.ts - b.ts)) e.rec.push(ev);
      if (fresh.length) e.lastSeq = fresh[fresh.length - 1]?.seq ?? e.lastSeq;
      const at = Math.max(e.rec.live.now, now ?? 0);
      const bySku = new Map(catalog.map((p) => [p.sku, p]));
      const items = e.rec.rank(at).slice(0, TOP).map((r) => {
        const p = bySku.get(r.sku) as Product;
        return { sku: r.sku, ref: refOf(p), title: p.title, score: r.score, reasons: r.reasons };
      });
      const pitching = e.rec.live.pitching;
      return { streamId, pitching, pitchingTitle: pitching ? (bySku.get(pitching)?.title ?? null) : null, items };
    },
    forget(streamId: number): void { entries.delete(streamId); },
  };
}

export type RecommendService = ReturnType<typeof createRecommendService>;

function pitchEvent(ts: number, sku: string | null): LogEvent {
  return { platform: 'tiktok', streamKey: '', kind: 'product', id: `pitch-${ts}`, ts, author: { name: '', role: 'owner' }, pitch: { sku } };
}

/** A past stream's events with its pitch rows merged in by time. */
async function withPitches(db: LiveCopilotDb, streamId: number, events: LogEvent[]): Promise<LogEvent[]> {
  const pitches = await db.pitches.where('[streamId+ts]').between([streamId, Dexie.minKey], [streamId, Dexie.maxKey]).toArray();
  return [...events, ...pitches.map((p) => pitchEvent(p.ts, p.sku))].sort((a, b) => a.ts - b.ts);
}
