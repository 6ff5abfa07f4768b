import { defineExtensionMessaging } from '@webext-core/messaging';

/** What happened when the extension wrote into a page's own chat box. */
export interface ChatActionResult {
  /** inserted: text is in the box, nothing sent; sent: submitted; confirmed: seen back in the chat. */
  state: 'inserted' | 'sent' | 'confirmed' | 'failed' | 'unsupported';
  detail?: string;
  /** Confirmed: the author the page showed on the message (the user's own account name). */
  author?: string;
}

/**
 * Messages a content script receives (sent to one tab). Only frames whose adapter has a chat input
 * answer; a page without one answers 'unsupported'.
 */
export type CsProtocol = {
  /** Put a draft into the page's chat input for the host to edit and send; never submits. */
  'cs:insert'(q: { text: string }): ChatActionResult;
  /** Type and submit as a user would, then wait up to `confirmTimeoutMs` for it to appear in chat. */
  'cs:send'(q: { text: string; confirmTimeoutMs: number }): ChatActionResult;
};

export const csMessaging = defineExtensionMessaging<CsProtocol>();
