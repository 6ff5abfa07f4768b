import { parseCount } from '../../capture/count-format';
import { queryFirst, type PlatformAdapter } from '../types';
import { parseKuaishouRow } from './parse';
import { kuaishouSelectors as S } from './selectors';
import { kuaishouChatInput } from './chat-input';

const ROW = S.row.join(',');
const WATCHING = /"(?:watchingCount|watcherCount|displayWatchingCount)"\s*:\s*"?([^",}]+)"?/;

/** The audience from the server state the page embeds (`window.__INITIAL_STATE__`, "1.2万" or 12345). */
function readViewers(doc: Document): number | null {
  for (const s of Array.from(doc.querySelectorAll(S.state.join(',')))) {
    const text = s.textContent ?? '';
    if (!text.includes('__INITIAL_STATE__')) continue;
    const m = text.match(WATCHING)?.[1];
    if (m) return parseCount(m);
  }
  return null;
}

export const kuaishou: PlatformAdapter = {
  platform: 'kuaishou',
  chatInput: kuaishouChatInput,
  matches: ['*://live.kuaishou.com/*'],
  selectors: S,
  roomKey(url) {
    const id = url.pathname.match(/^\/u\/([\w-]+)\/?$/)?.[1];
    return id ? `kuaishou:${id}` : null;
  },
  title: (doc) => queryFirst(doc, S.title)?.textContent?.trim() || doc.title.replace(/\s*[-_|].*快手.*$/, '').trim() || undefined,
  findContainer: (doc) => queryFirst(doc, S.container),
  rowsIn: (node) => (node.matches(ROW) ? [node] : node.closest(ROW) ? [] : Array.from(node.querySelectorAll(ROW))),
  // The DOM carries no message or user id.
  rowId: () => undefined,
  parseRow: parseKuaishouRow,
  readViewers,
};
