import type { ChatInputSpec } from '../types';

/**
 * Kuaishou's live-room comment box on live.kuaishou.com: a textarea (placeholder "说点什么…") and a
 * "发送" button. Only one public script documents it (a Selenium danmu bot, placeholder and button
 * text rather than stable hooks), so this is the weakest of the inputs.
 */
export const kuaishouChatInput: ChatInputSpec = {
  input: ['textarea[placeholder*="说点什么"]', 'textarea[placeholder*="弹幕"]', '.chat-input textarea', 'input[placeholder*="说点什么"]'],
  send: ['button.send-btn', 'button[class*="send"]'],
  maxLength: 40,
  source: 'a public Kuaishou danmu bot (Selenium)',
  verified: '2025-06-01',
  evidence: 'weak',
};
