import { parseCount } from '../../capture/count-format';
import { matchesAny, queryFirst, type PlatformAdapter } from '../types';
import { parseTwitchRow } from './parse';
import { twitchSelectors as S } from './selectors';

// Paths under twitch.tv that are not channels.
const NOT_CHANNELS = new Set(['directory', 'settings', 'videos', 'search', 'downloads', 'p', 'u', 'subscriptions', 'inventory', 'wallet', 'drops']);

export const twitch: PlatformAdapter = {
  platform: 'twitch',
  matches: ['*://www.twitch.tv/*'],
  selectors: S,
  roomKey(url) {
    const parts = url.pathname.split('/').filter(Boolean);
    const channel = parts[0] === 'popout' || parts[0] === 'embed' ? parts[1] : parts[0];
    if (!channel || NOT_CHANNELS.has(channel.toLowerCase())) return null;
    return `twitch:${channel.toLowerCase()}`;
  },
  title: (doc) => queryFirst(doc, S.title)?.textContent?.trim() || undefined,
  findContainer: (doc) => queryFirst(doc, S.container),
  rowsIn: (node) => (matchesAny(node, S.row) ? [node] : Array.from(node.querySelectorAll(S.row.join(',')))),
  rowId: (row) => row.getAttribute('data-message-id') ?? undefined,
  parseRow: parseTwitchRow,
  isDeleted: (row) => queryFirst(row, S.deleted) !== null || row.classList.contains('chat-line__message--deleted'),
  deletionAttributes: ['class', 'data-a-target'],
  readViewers: (doc) => parseCount(queryFirst(doc, S.viewers)?.textContent),
};
