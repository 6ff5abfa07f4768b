import { matchesAny, queryFirst, type PlatformAdapter } from '../types';
import { parseAmazonRow } from './parse';
import { amazonSelectors as S } from './selectors';

/** amazon:<broadcast id> from `?broadcast=` (/b/ pages) or the last path segment under /live/. */
export function amazonRoomKey(url: URL): string | null {
  const id = url.searchParams.get('broadcast') ?? url.pathname.match(/^\/live\/(?:[\w-]+\/)*([\w-]{8,})\/?$/)?.[1];
  return id ? `amazon:${id}` : null;
}

export const amazon: PlatformAdapter = {
  platform: 'amazon',
  matches: ['*://www.amazon.com/live*', '*://www.amazon.com/b/*', '*://www.amazon.com/b?*'],
  selectors: S,
  roomKey: amazonRoomKey,
  title: (doc) => doc.title.trim() || undefined,
  findContainer: (doc) => queryFirst(doc, S.container),
  rowsIn: (node) => (matchesAny(node, S.row) ? [node] : Array.from(node.querySelectorAll(S.row.join(',')))),
  // The DOM carries no message id.
  rowId: () => undefined,
  parseRow: parseAmazonRow,
  readViewers: () => null,
};
