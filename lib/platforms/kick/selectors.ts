import type { SelectorTable } from '../types';

/**
 * Kick chat: the new popout (`/popout/<ch>/chat`, also behind a locale prefix) and the legacy
 * `/<ch>/chatroom`. Source: platform-dom.md (SSN kick.js@1b51c9ff 2026-06-21; CHUCK kick.js 2026-01).
 * Kick is Tailwind-styled and has few semantic hooks: ids and data-* first, utility classes last.
 * `data-index` is a recycled virtual-list slot, never an id; `data-chat-entry` (legacy) is the message id.
 */
export const kickSelectors = {
  verified: '2026-06-21',
  source: 'SSN kick.js@1b51c9ff; CHUCK kick.js 2026-01',
  // The list is the last child of #chatroom-messages (a pinned-message area may sit before it).
  container: ['#chatroom-messages > div:has(> [data-index])', '#chatroom-messages > div:last-child', '#chatroom'],
  row: ['[data-index]', '[data-chat-entry]'],
  author: ['button[data-prevent-expand]', 'button[title]', 'button.font-bold.inline', '.chat-entry-username', 'button.font-bold'],
  message: ["span[class*='font-normal']", "div[class*='font-normal']", '.chat-entry-content', '.chat-emote-container', '.break-all'],
  badge: ['.chat-message-identity img[src]', '.badge-tooltip img[src]', '.base-badge img[src]', 'div[data-state] img[src]', 'div[data-state] svg', '.badge-tooltip svg', '.base-badge svg'],
  sticker: ["img[alt='sticker']"],
  kicksIcon: ["svg[data-ds-icon='KicksColor']", "svg:has(path[d^='M7.67318 0.0611465'])"],
  giftLabel: ['div.shrink-0.break-normal', 'div.flex-shrink-0.break-normal'],
  giftMessage: ['span.whitespace-pre-line'],
  deleted: ["[class^='deleted-message']", '.line-through'],
  deletedLabel: ['span.font-semibold'],
  // Kick renders no viewer count in the chat popout (SSN and CHUCK use the API / Pusher instead).
  viewers: [],
  title: ['title'],
} as const satisfies SelectorTable;

/** The moderator badge is an unlabelled SVG: Kick's own path data is the only way to tell it apart. */
export const KICK_MOD_BADGE_PATH = 'M23.5 2.5v3h-3v3h-3v3h-3v3h-3v-3h-6v6h3v3h-3v3h-3v6h6v-3h3v-3h3v3h6v-6h-3v-3h3v-3h3v-3h3v-3h3v-6h-6Z';
