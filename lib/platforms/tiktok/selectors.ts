import type { SelectorTable } from '../types';

/**
 * TikTok LIVE web (www.tiktok.com/@user/live). Source: platform-dom.md (SSN tiktok.js@41ae4fd5
 * 2026-07-31; RareIQ probe README, inspected 2026-08-30). data-e2e is TikTok's own test hook and
 * the stable one; the emotion-styled classes (`css-1kue6t3-DivComment`) changed repeatedly, so they
 * are matched by their readable suffix and tried last.
 */
export const tiktokSelectors = {
  verified: '2026-08-30',
  source: 'SSN tiktok.js@41ae4fd5; RareIQ probe README 2026-08-30',
  // Most specific first: the observer must bind to the element the page re-renders as a whole.
  container: [
    '.live-shared-ui-chat-list-scrolling-list',
    '[data-e2e="live-chat-container"]',
    '[data-e2e="public-screen-live-chat-slot"]',
    '[class*="DivChatRoomContent"]',
    '[data-e2e="chat-room"]',
  ],
  // Virtual-list items; older DOMs without the list expose the typed rows directly.
  row: ['div[data-index]'],
  typedRow: ['[data-e2e="chat-message"]', '[data-e2e="enter-message"]', '[data-e2e="social-message"]', '[class*="DivGiftMessage"]'],
  comment: ['[data-e2e="chat-message"]'],
  enter: ['[data-e2e="enter-message"]'],
  social: ['[data-e2e="social-message"]'],
  socialText: ['[data-e2e="social-message-text"]'],
  owner: ['[data-e2e="message-owner-name"]'],
  text: ['div.w-full.break-words.align-middle', '.live-shared-ui-chat-list-chat-message-comment', '[class*="-DivComment"]'],
  badge: ["img[src*='_badge_']", "img[class*='ImgBadgeChatMessage']"],
  giftCount: ['[class*="SpanGiftCount"]'],
  giftImage: ["img[src*='tiktokcdn.com/img/']"],
  // Joins and likes are repeated in a sticky bar under the list: reading it too would count them twice.
  sticky: ['[class*="DivBottomStickyMessageContainer"]'],
  viewers: ["[data-e2e='live-people-count']"],
  viewersState: ['script#SIGI_STATE'],
  title: ['[data-e2e="live-title"]', '[data-e2e="user-profile-live-title"]'],
  captcha: ['#captcha-verify-container-main-page', '.captcha_verify_container', '[id*="captcha_container"]'],
  login: ['[data-e2e="login-modal"]', '#login-modal'],
  ended: ['[data-e2e="live-ended-container"]', '[class*="DivLiveEndContainer"]'],
} as const satisfies SelectorTable;
