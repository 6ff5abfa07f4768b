import { captureHandlers } from '@/lib/background/capture-handlers';
import { createLabeller } from '@/lib/background/labeller';
import { classifyInOffscreen, ensureModels, reloadModels } from '@/lib/background/models-client';
import { onTabClosed, onTabNavigated } from '@/lib/background/tab-lifecycle';
import { getDb } from '@/lib/db/db';
import { bgMessaging } from '@/lib/messaging/bg-protocol';
import { registerHandlers } from '@/lib/messaging/handlers';

export default defineBackground(() => {
  const db = getDb();
  const labeller = createLabeller(db, () => classifyInOffscreen);
  registerHandlers(bgMessaging, captureHandlers({ db, now: Date.now, afterIngest: labeller.kick, reloadModels }));
  browser.tabs.onRemoved.addListener((tabId) => void onTabClosed(db, tabId, Date.now()));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void onTabNavigated(db, tabId, change.url, Date.now());
  });
  void ensureModels().catch((e) => console.warn('[live-copilot] offscreen document not created:', e));
});
