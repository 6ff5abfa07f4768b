import type { Author } from '../../events/live-event';
import { textWithAlts } from '../../capture/text';
import { queryFirst, type ParsedRow } from '../types';
import { amazonSelectors as S } from './selectors';

const CLUSTER = S.cluster.join(',');

/** The sender of a row: its cluster's name, or the signed-in user for outgoing clusters. */
export function parseAmazonAuthor(row: Element): Author | null {
  const cluster = row.closest(CLUSTER);
  const name = (cluster && queryFirst(cluster, S.sender)?.textContent?.trim()) || (cluster?.matches(S.outgoing.join(',')) ? queryFirst(row.ownerDocument, S.selfName)?.textContent?.trim() : '');
  return name ? { name, role: 'viewer' } : null;
}

/** "Jenny R. just bought Instant Pot Duo" (a purchase notice): the buyer and the product. */
export function amazonPurchase(text: string): { buyer: string; product: string } | null {
  const m = text.match(/^(.+?)\s+just bought\s+(?:an?\s+|the\s+)?(.+?)[.!]?$/i);
  return m?.[1] && m[2] ? { buyer: m[1], product: m[2] } : null;
}

/** Pure parse of one Amazon Live message row. */
export function parseAmazonRow(row: Element): ParsedRow | 'retry' | null {
  const text = textWithAlts(queryFirst(row, S.message));
  if (!text) return 'retry';
  const author = parseAmazonAuthor(row);
  const bought = amazonPurchase(text);
  // Purchase notices sit outside any sender cluster: the buyer is named in the text.
  if (bought && !author) return { kind: 'purchase', author: { name: bought.buyer, role: 'viewer' }, text, product: { ref: bought.product, title: bought.product } };
  return author ? { kind: 'comment', author, text } : 'retry';
}
