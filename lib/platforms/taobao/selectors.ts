import type { SelectorTable } from '../types';

/**
 * Taobao Live on the web (tbzb.taobao.com/live?liveId=…). Source: platform-dom.md (Ikaros-521/AI-Vtuber
 * "洛曦 直播弹幕监听" script @175965a 2025-01-31). The rows use CSS-module class names
 * (`itemWrap--EcN_tFIg`): only the stable prefix is matched, never the hash.
 */
export const taobaoSelectors = {
  verified: '2025-01-31',
  source: 'Ikaros-521/AI-Vtuber @175965a',
  container: ['#liveComment'],
  row: ['[class*="itemWrap--"]'],
  author: ['[class*="authorTitle--"]'],
  message: ['[class*="content--"]'],
  // No viewer-count hook is known for the web page (only mtop APIs): capture reports none.
  viewers: [],
  title: ['title'],
} as const satisfies SelectorTable;
