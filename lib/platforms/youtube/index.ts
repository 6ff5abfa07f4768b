import { parseCount } from '../../capture/count-format';
import { queryFirst, type PlatformAdapter } from '../types';
import { parseYoutubeRow } from './parse';
import { youtubeSelectors as S } from './selectors';
import { youtubeChatInput } from './chat-input';

const ROW_TAGS = new Set(S.row.map((t) => t.toUpperCase()));

export const youtube: PlatformAdapter = {
  platform: 'youtube',
  chatInput: youtubeChatInput,
  matches: ['*://www.youtube.com/live_chat*', '*://www.youtube.com/watch*', '*://www.youtube.com/live/*'],
  allFrames: true,
  selectors: S,
  roomKey(url) {
    const v = url.searchParams.get('v') ?? url.pathname.match(/^\/live\/([\w-]+)/)?.[1];
    return v ? `youtube:${v}` : null;
  },
  title: (doc) => queryFirst(doc, S.title)?.textContent?.trim() || undefined,
  findContainer: (doc) => queryFirst(doc, S.container),
  rowsIn: (node) => (ROW_TAGS.has(node.tagName) ? [node] : Array.from(node.querySelectorAll(S.row.join(',')))),
  rowId: (row) => row.id || undefined,
  parseRow: parseYoutubeRow,
  isDeleted: (row) => row.hasAttribute('is-deleted'),
  deletionAttributes: ['is-deleted'],
  readViewers(doc) {
    const el = queryFirst(doc, S.viewers);
    return parseCount(el?.getAttribute('aria-label') ?? el?.textContent);
  },
  chatElsewhere: (doc) => queryFirst(doc, S.chatFrame) !== null,
};
