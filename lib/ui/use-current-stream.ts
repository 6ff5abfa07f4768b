import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { getDb } from '../db/db';
import { tabHealth } from '../db/tabs-repo';
import type { FrameHealth, StreamRecord } from '../db/schema';

/** The tab the panel follows: `?tab=ID` when opened as a page, else the active tab of its window. */
function useFollowedTab(): number | undefined {
  const fixed = Number(new URLSearchParams(location.search).get('tab')) || undefined;
  const [tabId, setTabId] = useState<number | undefined>(fixed);
  useEffect(() => {
    if (fixed) return;
    const refresh = () =>
      void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => setTabId(t?.id));
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    return () => browser.tabs.onActivated.removeListener(refresh);
  }, [fixed]);
  return tabId;
}

export interface CurrentStream {
  stream?: StreamRecord;
  health?: FrameHealth;
  /** True when the followed tab has no stream and the panel shows the latest live one instead. */
  fallback: boolean;
  /** The tab capturing the stream (where a reply is inserted), if one is. */
  tabId?: number;
}

export function useCurrentStream(): CurrentStream | undefined {
  const tabId = useFollowedTab();
  return useLiveQuery(async () => {
    const db = getDb();
    const tab = tabId === undefined ? undefined : await db.tabs.get(tabId);
    if (tab?.streamId !== undefined) return { stream: await db.streams.get(tab.streamId), health: tabHealth(tab), fallback: false, tabId };
    const latest = await db.streams.orderBy('lastEventAt').reverse().filter((s) => s.endedAt === undefined).first();
    const latestTab = latest?.id === undefined ? undefined : await db.tabs.where('streamId').equals(latest.id).first();
    return { stream: latest, health: tabHealth(latestTab) ?? tabHealth(tab), fallback: latest !== undefined, tabId: latestTab?.tabId };
  }, [tabId]);
}
