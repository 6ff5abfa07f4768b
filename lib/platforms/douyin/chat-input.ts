import type { ChatInputSpec } from '../types';

/**
 * Douyin's live-room composer: `textarea.webcast-chatroom___textarea` under the chat list, the send
 * control `.webcast-chatroom___send-btn` (else Enter). Several public Douyin auto-comment tools type
 * into this textarea (Selenium scripts, userscripts, 2023–2026).
 */
export const douyinChatInput: ChatInputSpec = {
  input: ['textarea.webcast-chatroom___textarea', '.webcast-chatroom___textarea', '.webcast-chatroom___input textarea'],
  send: ['.webcast-chatroom___send-btn', '[data-e2e="chat-send-icon"]'],
  maxLength: 50,
  source: 'public Douyin auto-comment scripts (2023–2026)',
  verified: '2026-03-29',
  evidence: 'documented',
};
