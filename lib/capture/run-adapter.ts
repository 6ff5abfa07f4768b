import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LiveEvent } from '../events/live-event';
import { bgMessaging } from '../messaging/bg-protocol';
import type { PlatformAdapter } from '../platforms/types';
import { registerChatHandlers } from './chat-handlers';
import { CAPTURE_LIMITS, cleanText } from './limits';
import { startCapture } from './observer';
import { Outbox } from './outbox';
import { outboxStore } from './outbox-store';

/** Marks the page so a demo or test page knows capture is listening before it starts its replay. */
const ATTACHED_ATTR = 'data-live-copilot';
const TITLE_MS = 2000;

export interface RunOptions {
  /**
   * A second feed of the same room in this frame (Whatnot's auction footer beside the chat): its
   * events reach the worker like the chat's, but it reports no health — the worker keeps one
   * health record per frame, and a found footer must never mask a chat whose selectors broke.
   */
  sideFeed?: boolean;
}

/** The content-script shell: DOM observer core → outbox → worker. Restarts on in-page navigation. */
export function runAdapter(adapter: PlatformAdapter, ctx: ContentScriptContext, opts: RunOptions = {}): void {
  // The chat box belongs to the chat feed; a side feed of the same frame must not answer for it.
  if (!opts.sideFeed) registerChatHandlers(adapter, ctx);
  let stop = start();
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    stop();
    stop = start();
  });

  function start(): () => void {
    const url = location.href;
    const roomKey = adapter.roomKey(new URL(url)) ?? '';
    // Cut and cleaned like a row: the worker refuses a whole batch whose title is over the limit.
    // Read at most every TITLE_MS: every message carries it, and on a page without the title (a
    // chat popout) each read scans the whole document, rows and all.
    let read: { at: number; title: string | undefined } | undefined;
    const title = () => {
      const now = Date.now();
      if (!read || now - read.at >= TITLE_MS) {
        const t = adapter.title(document);
        read = { at: now, title: t === undefined ? undefined : cleanText(t, CAPTURE_LIMITS.title) };
      }
      return read.title;
    };
    const instance = `${adapter.platform}:${Date.now().toString(36)}:${Math.random().toString(36).slice(2, 10)}`;
    const outbox = new Outbox<LiveEvent>({
      send: async (events) => {
        const ack = await bgMessaging.sendMessage('bg:capture', { roomKey, platform: adapter.platform, url, title: title(), events });
        if (ack.rejected.length) console.warn('[live-copilot] rejected events', ack.rejected);
      },
      onError: (err, pending) => console.debug('[live-copilot] worker unreachable, will retry', pending, err),
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      // Events that wait (worker stopped, storage full) are kept where a reload, a crash or a
      // browser restart cannot take them: the worker delivers a copy whose page is gone.
      persist: roomKey ? outboxStore(instance, () => ({ roomKey, platform: adapter.platform, url, title: title() })) : undefined,
    });
    ctx.addEventListener(window, 'pagehide', () => {
      void outbox.persistNow(true);
      void outbox.flush();
    });
    return startCapture(
      adapter,
      {
        doc: document,
        url: () => location.href,
        now: Date.now,
        setInterval: (fn, ms) => ctx.setInterval(fn, ms),
        clearInterval: (id) => clearInterval(id as number),
        setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
        MutationObserver,
      },
      {
        emit: (e) => outbox.push(e),
        health: (h) => {
          if (!opts.sideFeed) void bgMessaging.sendMessage('bg:health', { roomKey, platform: adapter.platform, ...h }).catch(() => {});
        },
        attached: (container) => {
          if (!opts.sideFeed) container.ownerDocument.documentElement.setAttribute(ATTACHED_ATTR, 'attached');
        },
      },
    );
  }
}
