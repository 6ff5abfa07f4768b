import type { SelectorTable } from '../types';

/**
 * Kuaishou live (live.kuaishou.com/u/<id>). Source: platform-dom.md (Ikaros-521/AI-Vtuber 直播弹幕
 * 监听 script 2025-01-31, corroborated by idx:43492870821: it rebinds when `.chat-history .wrapper`
 * is rebuilt). Kuaishou's web classes are plain words, not hashes. No viewer element is known: the
 * count comes from the server state embedded in the page (idx:61675303301).
 */
export const kuaishouSelectors = {
  verified: '2025-01-31',
  source: 'Ikaros-521/AI-Vtuber @175965a 2025-01-31; idx:43492870821; idx:61675303301',
  // The list first: it is what the page rebuilds.
  container: ['.chat-history .wrapper', '.chat-history'],
  row: ['.comment-cell'],
  // No viewer element is known on the web page: readViewers uses the embedded server state.
  viewers: [],
  author: ['.username'],
  comment: ['.comment'],
  gift: ['.gift-comment'],
  giftImage: ['img.gift-img', '.gift-img img', '.gift-img'],
  like: ['.like'],
  state: ['script:not([src])'],
  title: ['.live-info .title', '.author-info .name'],
} as const satisfies SelectorTable;
