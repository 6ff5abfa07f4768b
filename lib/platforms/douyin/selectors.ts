import type { SelectorTable } from '../types';

/**
 * Douyin live (live.douyin.com/<web_rid>). Source: platform-dom.md (WhiteSevs 抖音优化 @d07a8ff0
 * 2026-03/04; sxhCrawlerFree 2026-06-11; dylive-prune 2023-11→2026-01; probe notes 2026-09). The
 * `webcast-chatroom___*` classes are Douyin's own stable names; the short hashed ones (v8LY0gZF,
 * cL385mHb…) change every few months, so they come last and parsing leans on structure instead.
 */
export const douyinSelectors = {
  verified: '2026-09-21',
  source: 'WhiteSevs TamperMonkeyScript@d07a8ff0; sxhCrawlerFree 2026-06-11; dylive-prune 2026-01',
  // The chat panel, not only its list: joins and likes live in the ticker under the list.
  container: ['#chatroom .webcast-chatroom', '.webcast-chatroom', '#chatroom'],
  // Virtual-list slots, the join/like ticker and the yellow cart (the pitched product) are rows.
  row: ['[class*="webcast-chatroom___list"] div[data-index]', '.webcast-chatroom___bottom-message', '[data-e2e="yellowCart-container"]'],
  item: ['.webcast-chatroom___item', '[class*="webcast-chatroom___item"]'],
  itemInner: ['.webcast-chatroom___item-wrapper > div', '[class*="webcast-chatroom___item-wrapper"] > div', '.NkS2Invn'],
  name: ['.v8LY0gZF'],
  contentText: ['.webcast-chatroom___content-with-emoji-text', '.cL385mHb'],
  roomMessage: ['.webcast-chatroom__room-message', '[class*="webcast-chatroom__room-message"]'],
  ticker: ['.webcast-chatroom___bottom-message'],
  cart: ['[data-e2e="yellowCart-container"]'],
  giftImage: ['img[src*="webcast/"]'],
  badge: ['img[src*="level"]', 'img[src*="fansclub"]', 'img[src*="subscribe"]', 'img[src*="aweme_grade_buff"]'],
  viewers: ['[data-e2e="live-room-audience"]'],
  title: ['[data-e2e="live-room-title"]', '[data-e2e="live-room-nickname"]'],
  login: ['#login-pannel', '[id*="login-pannel"]', '[data-e2e="login-panel"]'],
  captcha: ['#captcha_container', '.captcha_verify_container', '[id*="captcha-verify"]'],
} as const satisfies SelectorTable;
