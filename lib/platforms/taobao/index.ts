import { matchesAny, queryFirst, type PlatformAdapter } from '../types';
import { parseTaobaoRow } from './parse';
import { taobaoSelectors as S } from './selectors';

export const taobao: PlatformAdapter = {
  platform: 'taobao',
  matches: ['*://tbzb.taobao.com/*'],
  selectors: S,
  // /live?liveId=… and /follow?liveId=… show the same room.
  roomKey: (url) => {
    const id = url.searchParams.get('liveId');
    return id ? `taobao:${id}` : null;
  },
  title: (doc) => doc.title.trim() || undefined,
  findContainer: (doc) => queryFirst(doc, S.container),
  rowsIn: (node) => (matchesAny(node, S.row) ? [node] : Array.from(node.querySelectorAll(S.row.join(',')))),
  // The DOM carries no comment id.
  rowId: () => undefined,
  parseRow: parseTaobaoRow,
  readViewers: () => null,
};
