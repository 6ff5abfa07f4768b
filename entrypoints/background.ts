import { bgHandlers } from '@/lib/background/bg-handlers';
import { createLabeller } from '@/lib/background/labeller';
import { classifyInOffscreen, embedInOffscreen, ensureModels, reloadModels } from '@/lib/background/models-client';
import { onTabClosed, onTabNavigated } from '@/lib/background/tab-lifecycle';
import { getDb } from '@/lib/db/db';
import { bgMessaging } from '@/lib/messaging/bg-protocol';
import { registerHandlers } from '@/lib/messaging/handlers';
import { createQuestionQueue } from '@/lib/suggest/queue/question-queue';

export default defineBackground(() => {
  const db = getDb();
  const questions = createQuestionQueue({ db, embed: embedInOffscreen });
  const labeller = createLabeller(db, () => classifyInOffscreen, questions.onLabelled);
  registerHandlers(bgMessaging, bgHandlers({ db, now: Date.now, afterIngest: labeller.kick, reloadModels, questions, embed: embedInOffscreen }));
  browser.tabs.onRemoved.addListener((tabId) => void onTabClosed(db, tabId, Date.now()));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void onTabNavigated(db, tabId, change.url, Date.now());
  });
  void ensureModels().catch((e) => console.warn('[live-copilot] offscreen document not created:', e));
});
