import type { LiveCopilotDb } from '../db/db';
import { endStream } from '../db/streams-repo';
import { forgetTab } from '../db/tabs-repo';
import { adapterFor } from '../platforms/registry';

/** A closed tab ends its stream unless another tab still shows the same room. */
export async function onTabClosed(db: LiveCopilotDb, tabId: number, now: number) {
  const tab = await forgetTab(db, tabId);
  if (tab?.streamId === undefined) return;
  const others = await db.tabs.where('streamId').equals(tab.streamId).count();
  if (!others) await endStream(db, tab.streamId, 'closed', now);
}

/** A tab that navigated to another room (or off the platform) has left its stream; a reload has not. */
export async function onTabNavigated(db: LiveCopilotDb, tabId: number, url: string, now: number) {
  const tab = await db.tabs.get(tabId);
  if (!tab?.roomKey) return;
  if (adapterFor(url)?.roomKey === tab.roomKey) return;
  await forgetTab(db, tabId);
  if (tab.streamId === undefined) return;
  const others = await db.tabs.where('streamId').equals(tab.streamId).count();
  if (!others) await endStream(db, tab.streamId, 'left', now);
}
