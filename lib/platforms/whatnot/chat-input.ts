import type { ChatInputSpec } from '../types';

/**
 * Whatnot's chat box: `[data-testid='chat-input']` (a textarea or input), Enter sends. Source: SSN
 * whatnot.js@0fe0081f focusChat (2026-06-29), the only public source: markup unconfirmed elsewhere.
 */
export const whatnotChatInput: ChatInputSpec = {
  input: ["[data-testid='chat-input']", 'textarea.chatInput', "[data-testid='chat-input'] textarea"],
  maxLength: 300,
  source: 'SSN whatnot.js@0fe0081f',
  verified: '2026-06-29',
  evidence: 'weak',
};
