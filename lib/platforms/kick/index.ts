import { matchesAny, queryFirst, type PlatformAdapter } from '../types';
import { isKickDeleted, parseKickRow } from './parse';
import { kickSelectors as S } from './selectors';
import { kickChatInput } from './chat-input';

const ROWS = S.row.join(',');

/** The channel of a chat URL: /popout/<ch>/chat, /<locale>/popout/<ch>/chat, legacy /<ch>/chatroom. */
export function kickChannel(url: URL): string | null {
  const parts = url.pathname.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  const popout = parts.indexOf('popout');
  if (popout >= 0 && popout <= 1 && parts[popout + 2] === 'chat' && parts[popout + 1]) return parts[popout + 1]!;
  if (parts.at(-1) === 'chatroom' && parts.length >= 2 && parts.length <= 3) return parts.at(-2)!;
  return null;
}

export const kick: PlatformAdapter = {
  platform: 'kick',
  chatInput: kickChatInput,
  matches: ['*://kick.com/popout/*', '*://kick.com/*/popout/*', '*://kick.com/*/chatroom*'],
  selectors: S,
  // Kick redirects between "_" and "-" spellings and any case: one room key for all of them.
  roomKey: (url) => {
    const ch = kickChannel(url);
    return ch ? `kick:${ch.toLowerCase().replace(/_/g, '-')}` : null;
  },
  title: (doc) => doc.title.trim() || undefined,
  findContainer: (doc) => queryFirst(doc, S.container),
  rowsIn: (node) => (matchesAny(node, S.row) ? [node] : Array.from(node.querySelectorAll(ROWS)).filter((r) => !r.parentElement?.closest(ROWS))),
  // Legacy rows carry the message id; popout rows have none (data-index is a recycled slot).
  rowId: (row) => row.getAttribute('data-chat-entry') || undefined,
  parseRow: parseKickRow,
  isDeleted: isKickDeleted,
  deletionAttributes: ['class'],
  // No viewer count in the chat DOM (platform-dom.md): capture reports none rather than guess.
  readViewers: () => null,
  recyclesRows: true,
};
