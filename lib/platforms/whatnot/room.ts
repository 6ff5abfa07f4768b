import { queryFirst } from '../types';
import { whatnotSelectors as S } from './selectors';

/** whatnot:<show id> for /live/<id> and the seller's /dashboard/live/<id>. */
export function whatnotRoomKey(url: URL): string | null {
  const id = url.pathname.match(/^\/(?:dashboard\/)?live\/([\w-]+)/)?.[1];
  return id ? `whatnot:${id}` : null;
}

export const whatnotTitle = (doc: Document) => queryFirst(doc, S.title)?.textContent?.trim() || undefined;
