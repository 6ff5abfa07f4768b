import type { ChatInputSpec } from '../types';

/**
 * Kick's chat composer: the popout's contenteditable `[data-input="true"]` editor, the channel page's
 * `#message-input`; a send button (`#send-message-button`, `[data-testid="send-chat-message-button"]`),
 * else Enter. Sources: SSN kick.js@1b51c9ff focusChat (2026-06-21); a public multi-site script.
 */
export const kickChatInput: ChatInputSpec = {
  input: ['[data-input="true"][contenteditable="true"]', '#message-input', '[data-testid="chat-input"][contenteditable="true"]'],
  send: ['#send-message-button', '[data-testid="send-chat-message-button"]'],
  maxLength: 500,
  source: 'SSN kick.js@1b51c9ff',
  verified: '2026-06-21',
  evidence: 'documented',
};
