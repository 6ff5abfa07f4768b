import { captureHandlers } from '@/lib/background/capture-handlers';
import { onTabClosed, onTabNavigated } from '@/lib/background/tab-lifecycle';
import { ensureOffscreen } from '@/lib/browser/offscreen';
import { getDb } from '@/lib/db/db';
import { bgMessaging } from '@/lib/messaging/bg-protocol';
import { registerHandlers } from '@/lib/messaging/handlers';

export default defineBackground(() => {
  const db = getDb();
  registerHandlers(bgMessaging, captureHandlers({ db, now: Date.now }));
  browser.tabs.onRemoved.addListener((tabId) => void onTabClosed(db, tabId, Date.now()));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void onTabNavigated(db, tabId, change.url, Date.now());
  });
  void ensureOffscreen().catch((e) => console.warn('[live-copilot] offscreen document not created:', e));
});
