import type { ChatInputSpec } from '../types';

/**
 * YouTube live chat's composer (live_chat page, popout and the watch page's chat iframe): a
 * contenteditable `div#input` inside `yt-live-chat-text-input-field-renderer`, submitted by the
 * `#send-button` button. Signed out, the page shows a sign-in prompt instead. Sources: SSN
 * youtube.js@48c3c753 focusChat (2026-08-01); a public multi-site auto-message script's selector table.
 */
export const youtubeChatInput: ChatInputSpec = {
  input: ['yt-live-chat-text-input-field-renderer div#input[contenteditable]', '#input.yt-live-chat-text-input-field-renderer[contenteditable]', 'div#input[contenteditable]'],
  send: ['yt-live-chat-message-input-renderer #send-button button', '#send-button button', '#send-button yt-button-renderer'],
  blocked: ['yt-live-chat-restricted-participation-renderer', 'yt-live-chat-message-input-renderer[creator-open] #sign-in'],
  maxLength: 200,
  source: 'SSN youtube.js@48c3c753',
  verified: '2026-08-01',
  evidence: 'documented',
};
