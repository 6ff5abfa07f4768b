import type { ChatInputSpec } from '../types';

/**
 * Twitch's chat composer (channel page and popout): `[data-a-target="chat-input"]`, today a
 * contenteditable editor (a textarea in older builds), and `[data-a-target="chat-send-button"]`.
 * Sources: SSN twitch.js@6a893e0a focusChat (2026-06-14); BetterTTV's send-button selector; several
 * public chat tools use the same two hooks.
 */
export const twitchChatInput: ChatInputSpec = {
  input: ['[data-a-target="chat-input"][contenteditable="true"]', 'textarea[data-a-target="chat-input"]', '[data-a-target="chat-input"]'],
  send: ['button[data-a-target="chat-send-button"]', '[data-a-target="chat-send-button"]'],
  blocked: ['[data-a-target="chat-input"][disabled]', '[data-test-selector="chat-input-disabled"]'],
  maxLength: 500,
  source: 'SSN twitch.js@6a893e0a; BTTV',
  verified: '2026-08-14',
  evidence: 'documented',
};
