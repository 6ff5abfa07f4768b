import type { SelectorTable } from '../types';

/**
 * Whatnot live show (`/live/<id>`, seller `/dashboard/live/<id>`). Source: platform-dom.md (SSN
 * whatnot.js@0fe0081f 2026-06-29, DOM commerce parsing d12a1ef7 2026-03-03). data-testid hooks
 * first; the chat is a react-virtuoso list whose `data-index` items are reused, never ids; the
 * auction footer's CSS-module class is matched by prefix.
 */
export const whatnotSelectors = {
  verified: '2026-06-29',
  source: 'SSN whatnot.js@0fe0081f; d12a1ef7',
  container: ["[data-testid='virtuoso-item-list']"],
  // The virtuoso item is the element React reuses: it is the row, the chat message sits inside.
  row: ["[data-testid='virtuoso-item-list'] > [data-index]", "[data-testid='chat-message']"],
  message: ["[data-testid='chat-message']"],
  userLink: ["a[href*='/user/']"],
  highlighted: ['.text-system-orange-opaque-darker'],
  viewers: ['strong.tabular-nums'],
  // The auction footer (its own capture: see auction.ts).
  footer: ["footer[class*='livePlayerFooter']", "footer:has([data-testid='show-product-title'])"],
  auction: ["footer[class*='livePlayerFooter'] > div", "div:has(> * > [data-testid='show-product-title'])"],
  productTitle: ["[data-testid='show-product-title']"],
  winningStatus: ["[data-testid='show-winning-status']"],
  shippingInfo: ["[data-testid='show-shipping-info']"],
  timer: ["[data-testid='show-timer']"],
  title: ['h1', 'title'],
} as const satisfies SelectorTable;
