import { parseCount } from '../../capture/count-format';
import { matchesAny, queryFirst, type PlatformAdapter } from '../types';
import { parseWhatnotRow } from './parse';
import { whatnotRoomKey, whatnotTitle } from './room';
import { whatnotSelectors as S } from './selectors';
import { whatnotChatInput } from './chat-input';

const ROWS = S.row.join(',');

export const whatnot: PlatformAdapter = {
  platform: 'whatnot',
  chatInput: whatnotChatInput,
  matches: ['*://www.whatnot.com/live/*', '*://www.whatnot.com/dashboard/live/*'],
  selectors: S,
  roomKey: whatnotRoomKey,
  title: whatnotTitle,
  findContainer: (doc) => queryFirst(doc, S.container),
  rowsIn: (node) => (matchesAny(node, S.row) ? [node] : Array.from(node.querySelectorAll(ROWS)).filter((r) => !r.parentElement?.closest(ROWS))),
  // No message id in the DOM (it is in the WebSocket frames); data-index is a reused slot.
  rowId: () => undefined,
  parseRow: parseWhatnotRow,
  // The count is a "strong.tabular-nums" outside the auction footer (whose figures are bold too).
  readViewers: (doc) => parseCount(Array.from(doc.querySelectorAll(S.viewers.join(','))).find((e) => !e.closest('footer'))?.textContent),
  recyclesRows: true,
};

export { whatnotAuction } from './auction';
