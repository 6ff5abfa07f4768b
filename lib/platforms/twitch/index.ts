import { parseCount } from '../../capture/count-format';
import { matchesAny, queryFirst, type PlatformAdapter } from '../types';
import { parseTwitchRow } from './parse';
import { twitchSelectors as S } from './selectors';
import { twitchChatInput } from './chat-input';

// Paths under twitch.tv that are not channels.
const ROWS = S.row.join(',');
const NOT_CHANNELS = new Set(['directory', 'settings', 'videos', 'search', 'downloads', 'p', 'u', 'subscriptions', 'inventory', 'wallet', 'drops']);

export const twitch: PlatformAdapter = {
  platform: 'twitch',
  chatInput: twitchChatInput,
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
  rowsIn(node) {
    if (matchesAny(node, S.row) && !node.parentElement?.closest(ROWS)) return [node];
    // A notice or Hype Chat wrapper holds a chat line: the wrapper is the row, not the line.
    return Array.from(node.querySelectorAll(ROWS)).filter((r) => !r.parentElement?.closest(ROWS));
  },
  // Twitch's DOM carries no message id (it lives in React props): rows are told apart by identity.
  rowId: () => undefined,
  parseRow: parseTwitchRow,
  isDeleted: (row) => queryFirst(row, S.deleted) !== null || row.classList.contains('chat-line__message--deleted'),
  deletionAttributes: ['class', 'data-a-target'],
  readViewers: (doc) => parseCount(queryFirst(doc, S.viewers)?.textContent),
};
