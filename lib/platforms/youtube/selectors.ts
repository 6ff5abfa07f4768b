import type { SelectorTable } from '../types';

/**
 * YouTube live chat. Source: platform-dom.md (SSN sources/youtube.js@48c3c753 2026-08-01,
 * BTTV @f5294899 2026-08-14, chat-harvester @95b65d01 2026-01-16). Rows are custom elements, so tag
 * names are the semantic hook; `id` is YouTube's message id; deletion sets `is-deleted`.
 */
export const youtubeSelectors = {
  verified: '2026-08-14',
  source: 'SSN youtube.js@48c3c753; BTTV@f5294899; chat-harvester@95b65d01',
  container: [
    'yt-live-chat-app #items.yt-live-chat-item-list-renderer',
    'yt-live-chat-item-list-renderer #items',
    '#item-scroller #items',
  ],
  row: [
    'yt-live-chat-text-message-renderer',
    'yt-live-chat-paid-message-renderer',
    'yt-live-chat-paid-sticker-renderer',
    'yt-live-chat-membership-item-renderer',
    'ytd-sponsorships-live-chat-gift-purchase-announcement-renderer',
    'ytd-sponsorships-live-chat-gift-redemption-announcement-renderer',
    'yt-gift-message-view-model',
    'yt-live-chat-placeholder-item-renderer',
    'yt-live-chat-viewer-engagement-message-renderer',
  ],
  author: ['#author-name', '#author-name-v2'],
  message: ['#message', '#message-v2', '.seventv-yt-message-content'],
  badge: ['yt-live-chat-author-badge-renderer'],
  amount: ['#purchase-amount', '#purchase-amount-chip'],
  headerPrimary: ['#header-primary-text', '#primary-text'],
  headerSub: ['#header-subtext'],
  viewers: ['#view-count[aria-label]', 'ytd-watch-info-text #view-count', '#info-container #view-count'],
  title: ['h1.ytd-watch-metadata yt-formatted-string', 'h1.ytd-watch-metadata', '#title h1'],
  chatFrame: ['iframe#chatframe', 'ytd-live-chat-frame iframe'],
} as const satisfies SelectorTable;
