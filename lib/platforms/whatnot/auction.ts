import { parseCount } from '../../capture/count-format';
import { parseMoney } from '../../capture/money';
import { matchesAny, queryFirst, type ParsedRow, type PlatformAdapter } from '../types';
import { whatnotSelectors as S } from './selectors';
import { whatnotRoomKey, whatnotTitle } from './room';

const AUCTION = S.auction.join(',');

/** The footer's bold figures: "5 Bids", "$24", "Sold". */
function figures(block: Element): { bids?: number; price?: string; sold: boolean } {
  const strongs = Array.from(block.querySelectorAll('strong')).filter((s) => !s.closest(S.shippingInfo.join(',')));
  const texts = strongs.map((s) => s.textContent?.trim() ?? '');
  const bids = parseCount(texts.find((t) => /\bbids?\b/i.test(t)));
  const price = texts.find((t) => parseMoney(t) !== null);
  return { ...(bids !== null ? { bids } : {}), ...(price ? { price } : {}), sold: texts.some((t) => /^sold$/i.test(t)) };
}

/**
 * Pure parse of the auction block: the product on the block (kind 'product'), a leading bid
 * ("X is Winning!": a product update naming the bidder, with the bid and bid count), or the win
 * ("X won!": a purchase at the final price). Each change of the block is one event.
 */
export function parseWhatnotAuction(block: Element): ParsedRow | 'retry' | null {
  const title = queryFirst(block, S.productTitle)?.textContent?.trim();
  if (!title) return 'retry';
  const { bids, price, sold } = figures(block);
  const product = { ref: title, title, ...(price ? { price } : {}) };
  const status = queryFirst(block, S.winningStatus)?.textContent?.trim() ?? '';
  const money = parseMoney(price);
  const won = status.match(/^(.+?)\s+won!?$/i);
  if (won?.[1]) return { kind: 'purchase', author: { name: won[1], role: 'viewer' }, text: status, ...(money ?? {}), product };
  const leading = status.match(/^(.+?)\s+is winning!?$/i);
  if (leading?.[1])
    return { kind: 'product', author: { name: leading[1], role: 'viewer' }, text: status, ...(money ?? {}), ...(bids !== undefined ? { count: bids } : {}), product };
  return { kind: 'product', text: sold ? `${title} — Sold` : title, product };
}

/**
 * The auction footer as a second capture beside the chat (same room): its block is one "row"
 * that React updates in place, so every new product, leading bid or win is a content change.
 */
export const whatnotAuction: PlatformAdapter = {
  platform: 'whatnot',
  matches: [],
  selectors: S,
  roomKey: whatnotRoomKey,
  title: whatnotTitle,
  // Before a show's first auction there is no footer: wait on the body, rebind when it appears.
  findContainer: (doc) => queryFirst(doc, S.footer) ?? doc.body,
  rowsIn: (node) => (matchesAny(node, S.auction) ? [node] : Array.from(node.querySelectorAll(AUCTION)).filter((r) => !r.parentElement?.closest(AUCTION))),
  rowId: () => undefined,
  parseRow: parseWhatnotAuction,
  // Viewers are read by the chat capture; reading them twice would double the samples.
  readViewers: () => null,
  recyclesRows: true,
};
