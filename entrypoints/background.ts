import { bgHandlers } from '@/lib/background/bg-handlers';
import { createLabeller } from '@/lib/background/labeller';
import { createAfterLabel } from '@/lib/background/after-label';
import { closingCopyIn, startOutboxDrain } from '@/lib/background/outbox-drain';
import { createRetention } from '@/lib/background/retention';
import { classifyInOffscreen, embedInOffscreen, ensureModels, reloadModels } from '@/lib/background/models-client';
import { onTabClosed, onTabNavigated } from '@/lib/background/tab-lifecycle';
import { getDb } from '@/lib/db/db';
import { bgMessaging } from '@/lib/messaging/bg-protocol';
import { registerHandlers } from '@/lib/messaging/handlers';
import { clearMeasurement, currentMeasureKey, saveMeasurement } from '@/lib/realtime/backend-store';
import { createQuestionQueue } from '@/lib/suggest/queue/question-queue';
import { createSummariser, summaryTables } from '@/lib/summary/store/catch-up';
import { refoldEvents } from '@/lib/summary/store/refold';
import type { Relabel } from '@/lib/background/refiner';
import { createAutoAnswer } from '@/lib/faq/worker/auto-answer';
import { tabChat } from '@/lib/faq/worker/sender';
import { getSettings, watchSettings } from '@/lib/settings/settings';
import { quotaSwitch } from '@/lib/retention/quota-switch';
import { getStorageHealth, setStorageHealth } from '@/lib/retention/storage-health';

export default defineBackground(() => {
  const db = getDb();
  const questions = createQuestionQueue({ db, embed: embedInOffscreen, selfNames: async () => (await getSettings()).faqSelfNames });
  const summariser = createSummariser(db);
  const faq = createAutoAnswer({ db, embed: embedInOffscreen, now: Date.now, chat: tabChat(db), settings: getSettings, markAnswered: questions.markFaqAnswered });
  watchSettings((s) => s.faqKillSwitch && void faq.halt());
  // Each handed-on stretch: the queue files its questions, the summary folds, the FAQ decides (after-label.ts).
  const afterLabel = createAfterLabel({ questions, summariser, faq });
  // Refine pass (the accurate tier relabelling the fast tier's first labels when idle): the question
  // queue, summary and FAQ see each row once — with its final labels, or its first ones when refining
  // trails too far (lib/realtime/hand-on.ts); the summary's label tallies follow any relabelled row it had folded.
  const refine = {
    tables: summaryTables(db),
    inTransaction: (streamId: number, changes: Relabel[]) => refoldEvents(db, streamId, changes.map((c) => ({ row: c.row, labels: c.before }))),
  };
  const labeller = createLabeller(db, classifyInOffscreen, { afterLabel, refine });
  const waitBound = (s: { questionWaitS: number }) => labeller.setHand({ afterMs: s.questionWaitS * 1000 });
  void getSettings().then(waitBound);
  watchSettings(waitBound);
  const testQuota = quotaSwitch();
  const retention = createRetention({
    db,
    now: Date.now,
    settings: getSettings,
    health: { get: getStorageHealth, set: setStorageHealth },
    usage: async () => (await navigator.storage.estimate()).usage ?? 0,
    beforeWrite: testQuota.check,
  });
  // Retention applies at start and whenever the user changes it.
  const sweep = () => void retention.sweep().catch((e) => console.warn('[live-copilot] retention sweep failed', e));
  watchSettings(sweep);
  // Pages that went away (crash, close, reload, browser quit) with events the worker never took left a copy.
  const drain = startOutboxDrain({ db, now: Date.now, afterIngest: labeller.kick, store: retention.store }, undefined, (kick) =>
    browser.storage.onChanged.addListener((changes, area) => area === 'local' && closingCopyIn(changes) && kick()),
  );
  registerHandlers(
    bgMessaging,
    bgHandlers({
      db,
      now: Date.now,
      afterIngest: labeller.kick,
      guard: retention.guard,
      delivered: drain.idle,
      reloadModels,
      questions,
      embed: embedInOffscreen,
      summariser,
      faq,
      labellerStats: labeller.stats,
      keepMeasurement: (m) => saveMeasurement({ ...m, key: currentMeasureKey(), at: Date.now() }),
      remeasure: async () => {
        await clearMeasurement();
        await reloadModels();
      },
    }),
  );
  browser.tabs.onRemoved.addListener((tabId) => void onTabClosed(db, tabId, Date.now()));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void onTabNavigated(db, tabId, change.url, Date.now());
  });
  void ensureModels().catch((e) => console.warn('[live-copilot] offscreen document not created:', e));
  sweep();
  // A worker stopped mid-stream left events unlabelled: label them now, not at the next capture.
  void labeller.resume().catch((e) => console.warn('[live-copilot] labelling not resumed:', e));
});
