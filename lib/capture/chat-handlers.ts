/**
 * The content script's `cs:` handlers: write a draft into the page's chat box, or send a reply and
 * confirm it appeared. One set per frame; the worker addresses the frame that captures the chat.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { csMessaging, type ChatActionResult } from '../messaging/cs-protocol';
import { registerHandlers } from '../messaging/handlers';
import type { PlatformAdapter } from '../platforms/types';
import { insertDraft, sendAndConfirm } from './chat-send';

export function registerChatHandlers(adapter: PlatformAdapter, ctx: ContentScriptContext): void {
  const elsewhere = () => adapter.chatElsewhere?.(document) === true;
  const OTHER_FRAME: ChatActionResult = { state: 'unsupported', detail: 'the chat is in another frame' };
  const remove = registerHandlers(csMessaging, {
    'cs:insert': ({ text }) => (elsewhere() ? OTHER_FRAME : insertDraft(document, adapter, text)),
    'cs:send': ({ text, confirmTimeoutMs }) =>
      elsewhere()
        ? OTHER_FRAME
        : sendAndConfirm(document, adapter, text, confirmTimeoutMs, {
            setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
            clearTimeout: (id) => clearTimeout(id as number),
            MutationObserver,
          }),
  });
  ctx.onInvalidated(remove);
}
