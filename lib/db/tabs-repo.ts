import type { LiveCopilotDb } from './db';
import type { CaptureState, FrameHealth, TabRecord } from './schema';

export async function linkTab(db: LiveCopilotDb, tabId: number, roomKey: string, streamId: number, now: number) {
  await db.transaction('rw', db.tabs, async () => {
    const prev = await db.tabs.get(tabId);
    // Every capture batch links its tab: unchanged, no write (a write per batch wakes every open
    // page's live queries on tabs and adds a request to the batch's transaction).
    if (prev?.roomKey === roomKey && prev.streamId === streamId) return;
    // A frame's health may arrive before its room's first batch (the record then has no room yet):
    // keep what was reported for this room, drop what a previous page of the tab reported.
    const sameRoom = prev?.roomKey === roomKey;
    const frames = Object.fromEntries(Object.entries(prev?.frames ?? {}).filter(([, h]) => sameRoom || h.roomKey === roomKey));
    await db.tabs.put({ tabId, roomKey, streamId, frames, updatedAt: now });
  });
}

export async function setFrameHealth(db: LiveCopilotDb, tabId: number, frameId: number, health: FrameHealth) {
  await db.transaction('rw', db.tabs, async () => {
    const prev: TabRecord = (await db.tabs.get(tabId)) ?? { tabId, frames: {}, updatedAt: health.updatedAt };
    await db.tabs.put({ ...prev, frames: { ...prev.frames, [String(frameId)]: health }, updatedAt: health.updatedAt });
  });
}

export async function forgetTab(db: LiveCopilotDb, tabId: number): Promise<TabRecord | undefined> {
  const prev = await db.tabs.get(tabId);
  await db.tabs.delete(tabId);
  return prev;
}

// Several frames capture one tab (YouTube's watch page and its chat iframe): the tab is as healthy
// as its best frame, so a frame that only reads the viewer count never hides a working chat frame.
const RANK: Record<CaptureState, number> = { attached: 5, ended: 4, wall: 3, 'no-rows': 2, waiting: 1, unsupported: 0 };

export function tabHealth(tab: TabRecord | undefined): FrameHealth | undefined {
  const frames = Object.values(tab?.frames ?? {});
  return frames.sort((a, b) => RANK[b.state] - RANK[a.state] || b.updatedAt - a.updatedAt)[0];
}
