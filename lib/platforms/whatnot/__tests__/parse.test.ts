// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { figures, footer, item, messageInner } from '../../../../e2e/fixtures/whatnot/render';
import { whatnot, whatnotAuction } from '..';
import { parseWhatnotAuction } from '../auction';
import { parseWhatnotRow, whatnotNotice } from '../parse';

const el = (html: string): Element => {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild!;
};
const row = (name: string, text: string, extra: { badges?: { alt: string; file: string }[]; highlighted?: boolean } = {}) => el(item(1, 'k', messageInner({ name, text, ...extra })));

describe('Whatnot chat items', () => {
  it('a comment: name from the first strong of the top row, emoji as alt, avatar is not a badge', () => {
    expect(parseWhatnotRow(row('jen_cards', 'that bundle :fire:'))).toEqual({ kind: 'comment', author: { name: 'jen_cards', role: 'viewer' }, text: 'that bundle 🔥' });
  });

  it('the host badge makes the owner; a mod badge a moderator', () => {
    expect(parseWhatnotRow(row('cardking', 'hi', { badges: [{ alt: 'Host', file: 'host' }] }))).toMatchObject({ author: { role: 'owner', badges: ['Host'] } });
    expect(parseWhatnotRow(row('m', 'hi', { badges: [{ alt: 'Mod', file: 'mod' }] }))).toMatchObject({ author: { role: 'moderator' } });
  });

  it('"joined 👋" is a join', () => {
    expect(parseWhatnotRow(row('mike_rips', 'joined 👋'))).toMatchObject({ kind: 'join', author: { name: 'mike_rips' } });
  });

  it('highlighted notices: tips are paid (amount, currency), wins and buys are purchases', () => {
    expect(parseWhatnotRow(row('jen', 'tipped $5.00 :money:', { highlighted: true }))).toEqual({ kind: 'superchat', author: { name: 'jen', role: 'viewer' }, text: 'tipped $5.00 💸', amount: 5, currency: 'USD' });
    expect(whatnotNotice('sarah won Charizard for $52')).toEqual({ kind: 'purchase', amount: 52, currency: 'USD' });
    expect(whatnotNotice('sarah bought Booster Box for CA$120.50')).toEqual({ kind: 'purchase', amount: 120.5, currency: 'CAD' });
    expect(whatnotNotice('sarah followed the host')).toEqual({ kind: 'follow' });
    expect(whatnotNotice('bigshop raided with 1,200 viewers')).toEqual({ kind: 'join', count: 1200 });
  });

  it('a viewer typing "I won!" in plain chat is still a comment', () => {
    expect(parseWhatnotRow(row('x', 'I won! $5'))).toMatchObject({ kind: 'comment' });
  });

  it('an item whose text has not rendered yet is retried; an empty virtuoso item too', () => {
    expect(parseWhatnotRow(row('sarah', ''))).toBe('retry');
    expect(parseWhatnotRow(el('<div data-index="3"></div>'))).toBe('retry');
  });
});

const block = (title: string, f: Parameters<typeof figures>[0]) => el(footer(title, f)).firstElementChild!;

describe('Whatnot auction footer', () => {
  it('the product on the block: title and price (shipping is not the price)', () => {
    expect(parseWhatnotAuction(block('Booster Bundle', { status: '', bids: '0 Bids', price: '$1', timer: '00:15' }))).toEqual({
      kind: 'product',
      text: 'Booster Bundle',
      product: { ref: 'Booster Bundle', title: 'Booster Bundle', price: '$1' },
    });
  });

  it('"X is Winning!": a product update naming the bidder, with the bid and the bid count', () => {
    expect(parseWhatnotAuction(block('B', { status: 'jen_cards is Winning!', bids: '3 Bids', price: '$7', timer: '00:02' }))).toEqual({
      kind: 'product',
      author: { name: 'jen_cards', role: 'viewer' },
      text: 'jen_cards is Winning!',
      amount: 7,
      currency: 'USD',
      count: 3,
      product: { ref: 'B', title: 'B', price: '$7' },
    });
  });

  it('"X won!": a purchase at the final price', () => {
    expect(parseWhatnotAuction(block('B', { status: 'jen_cards won!', bids: 'Sold', price: '$7', timer: '00:00' }))).toMatchObject({
      kind: 'purchase',
      author: { name: 'jen_cards' },
      amount: 7,
      currency: 'USD',
      product: { ref: 'B', price: '$7' },
    });
  });

  it('the auction capture finds the footer, or waits on the body before the first auction', () => {
    document.body.innerHTML = footer('B', { status: '', bids: '0 Bids', price: '$1', timer: '00:15' });
    expect(whatnotAuction.findContainer(document)?.tagName).toBe('FOOTER');
    expect(whatnotAuction.rowsIn(document.body)).toHaveLength(1);
    document.body.innerHTML = '<main></main>';
    expect(whatnotAuction.findContainer(document)).toBe(document.body);
  });
});

describe('Whatnot adapter', () => {
  it('room key from /live/<id> and /dashboard/live/<id>', () => {
    expect(whatnot.roomKey(new URL('https://www.whatnot.com/live/6f1c2d3e-4b5a'))).toBe('whatnot:6f1c2d3e-4b5a');
    expect(whatnot.roomKey(new URL('https://www.whatnot.com/dashboard/live/abc'))).toBe('whatnot:abc');
    expect(whatnot.roomKey(new URL('https://www.whatnot.com/user/jen'))).toBeNull();
  });

  it('viewers: the tabular-nums count outside the auction footer ("1.2K", "12,345")', () => {
    document.body.innerHTML = `${footer('B', { status: '', bids: '0 Bids', price: '$1', timer: '' }).replace('<strong>', '<strong class="tabular-nums">')}<strong class="tabular-nums">1.2K</strong>`;
    expect(whatnot.readViewers(document)).toBe(1200);
    document.body.innerHTML = '<strong class="tabular-nums">12,345</strong>';
    expect(whatnot.readViewers(document)).toBe(12345);
  });

  it('rows are the virtuoso items, not the chat message nested in them', () => {
    const list = el(`<div data-testid="virtuoso-item-list">${item(1, 'a', messageInner({ name: 'a', text: 'b' }))}</div>`);
    expect(whatnot.rowsIn(list).map((r) => r.getAttribute('data-index'))).toEqual(['1']);
  });
});
