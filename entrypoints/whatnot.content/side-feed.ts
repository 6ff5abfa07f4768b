import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LiveEvent } from '@/lib/events/live-event';
import { startCapture } from '@/lib/capture/observer';
import { Outbox } from '@/lib/capture/outbox';
import { bgMessaging } from '@/lib/messaging/bg-protocol';
import type { PlatformAdapter } from '@/lib/platforms/types';

/**
 * A second feed of the same room in this frame (Whatnot's auction footer beside the chat): its
 * events reach the worker like the chat's, but it reports no health. The worker keeps one health
 * record per frame; a footer that is found must never mask a chat whose selectors broke.
 */
export function runSideFeed(adapter: PlatformAdapter, ctx: ContentScriptContext): void {
  let stop = start();
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    stop();
    stop = start();
  });

  function start(): () => void {
    const url = location.href;
    const roomKey = adapter.roomKey(new URL(url)) ?? '';
    const outbox = new Outbox<LiveEvent>({
      send: async (events) => void (await bgMessaging.sendMessage('bg:capture', { roomKey, platform: adapter.platform, url, title: adapter.title(document), events })),
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    });
    ctx.addEventListener(window, 'pagehide', () => void outbox.flush());
    const env = {
      doc: document,
      url: () => location.href,
      now: Date.now,
      setInterval: (fn: () => void, ms: number) => ctx.setInterval(fn, ms),
      clearInterval: (id: unknown) => clearInterval(id as number),
      setTimeout: (fn: () => void, ms: number) => ctx.setTimeout(fn, ms),
      MutationObserver,
    };
    return startCapture(adapter, env, { emit: (e) => outbox.push(e), health: () => {} });
  }
}
