import type { SelectorTable } from '../types';

/**
 * Twitch chat (channel page and popout share the DOM). Source: platform-dom.md (SSN twitch.js@6a893e0a
 * 2026-06-14; BTTV src/utils/twitch.js 2026-08-14; Kappador twitch-tools). data-a-target and
 * data-test-selector are Twitch's own test hooks, preferred over classes.
 */
export const twitchSelectors = {
  verified: '2026-08-14',
  source: 'SSN twitch.js@6a893e0a; BTTV 2026-08-14',
  container: [
    '[data-test-selector="chat-scrollable-area__message-container"]',
    '.chat-scrollable-area__message-container',
    '.chat-list--default',
    '.chat-list--other',
  ],
  row: ['.chat-line__message', '[data-test-selector="user-notice-line"]', '.user-notice-line', '.paid-pinned-chat-message-content-wrapper'],
  notice: ['[data-test-selector="user-notice-line"]', '.user-notice-line'],
  author: ['.chat-author__display-name', 'span.chat-line__username'],
  message: ["[data-a-target='chat-line-message-body']", "span[data-a-target='chat-message-text']", '.message'],
  badge: ['img.chat-badge'],
  cheer: ['.chat-line__message--cheer-amount'],
  paid: ['.paid-pinned-chat-message-content-wrapper'],
  line: ['.chat-line__message'],
  deleted: ["[data-a-target='chat-deleted-message-placeholder']", '.chat-line__message--deleted-notice'],
  viewers: ['p[data-a-target="animated-channel-viewers-count"]', '[data-a-target="channel-viewers-count"]'],
  title: ['[data-a-target="stream-title"]', 'h2[data-a-target="stream-title"]'],
} as const satisfies SelectorTable;
