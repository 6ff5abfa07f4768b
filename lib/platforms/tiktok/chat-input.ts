import type { ChatInputSpec } from '../types';

/**
 * TikTok LIVE's comment composer: a `contenteditable="plaintext-only"` div with a placeholder and a
 * maxlength; Enter posts. When commenting is unavailable (signed out, comments off) TikTok renders
 * it with `disabled`. Source: SSN tiktok.js@41ae4fd5 findTikTokChatComposer (2026-07-31).
 */
export const tiktokChatInput: ChatInputSpec = {
  input: ["div[contenteditable='plaintext-only'][placeholder]:not([disabled])", "div[contenteditable='plaintext-only'][maxlength]:not([disabled])", "[data-e2e*='chat'] div[contenteditable]:not([disabled])"],
  send: ['[data-e2e="comment-post"]', '[role="button"][aria-label="Post"]'],
  blocked: ["div[contenteditable='plaintext-only'][disabled][placeholder]"],
  maxLength: 150,
  source: 'SSN tiktok.js@41ae4fd5',
  verified: '2026-07-31',
  evidence: 'documented',
};
