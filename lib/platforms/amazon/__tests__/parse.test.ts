// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cluster, messageRow, notice } from '../../../../e2e/fixtures/amazon/render';
import { amazon } from '..';
import { amazonPurchase, parseAmazonRow } from '../parse';

const mount = (html: string) => {
  document.body.innerHTML = `<span class="nav-shortened-name">Sam</span><div data-testid="MessageArea">${html}</div>`;
  return Array.from(document.querySelectorAll("[data-testid='MessageRow']"));
};

describe('Amazon Live rows', () => {
  it('a message takes its name from the sender cluster, emoji as alt text', () => {
    const [row] = mount(cluster('c', 'Jenny R.', messageRow('r', 'Love it :heart_eyes:')));
    expect(parseAmazonRow(row!)).toEqual({ kind: 'comment', author: { name: 'Jenny R.', role: 'viewer' }, text: 'Love it 😍' });
  });

  it('a later message of the same sender (a second row in her cluster) is hers too', () => {
    const rows = mount(cluster('c', 'Jenny R.', messageRow('a', 'one') + messageRow('b', 'two')));
    expect(rows.map((r) => parseAmazonRow(r))).toEqual([
      { kind: 'comment', author: { name: 'Jenny R.', role: 'viewer' }, text: 'one' },
      { kind: 'comment', author: { name: 'Jenny R.', role: 'viewer' }, text: 'two' },
    ]);
  });

  it('own messages (outgoing cluster) are named after the signed-in user', () => {
    const [row] = mount(cluster('c', null, messageRow('r', 'hi')));
    expect(parseAmazonRow(row!)).toMatchObject({ author: { name: 'Sam' } });
  });

  it('"X just bought Y" notices are purchases of that product', () => {
    const [row] = mount(notice('p', 'Jenny R. just bought Instant Pot Duo 6 Quart'));
    expect(parseAmazonRow(row!)).toEqual({
      kind: 'purchase',
      author: { name: 'Jenny R.', role: 'viewer' },
      text: 'Jenny R. just bought Instant Pot Duo 6 Quart',
      product: { ref: 'Instant Pot Duo 6 Quart', title: 'Instant Pot Duo 6 Quart' },
    });
    expect(amazonPurchase('Mike D. just bought the Air Fryer Lid!')).toEqual({ buyer: 'Mike D.', product: 'Air Fryer Lid' });
    expect(amazonPurchase('Someone in Seattle just bought an Echo Dot')).toEqual({ buyer: 'Someone in Seattle', product: 'Echo Dot' });
  });

  it('a viewer saying "I just bought it" in chat is a comment', () => {
    const [row] = mount(cluster('c', 'Priya K.', messageRow('r', 'I just bought it')));
    expect(parseAmazonRow(row!)).toMatchObject({ kind: 'comment' });
  });

  it('a row whose text has not rendered yet is retried', () => {
    const [row] = mount(cluster('c', 'Priya K.', messageRow('r', '')));
    expect(parseAmazonRow(row!)).toBe('retry');
  });
});

describe('Amazon adapter', () => {
  it('room key: /live/broadcast/<id>, /b/?node=…&broadcast=<id>; not the bare /live landing page', () => {
    const key = (u: string) => amazon.roomKey(new URL(u));
    expect(key('https://www.amazon.com/live/broadcast/8d2f5c1a-3b4e')).toBe('amazon:8d2f5c1a-3b4e');
    expect(key('https://www.amazon.com/b/?node=21225166011&broadcast=abc-123')).toBe('amazon:abc-123');
    expect(key('https://www.amazon.com/live')).toBeNull();
  });

  it('finds the message area; rows are MessageRows, also inside a newly added cluster', () => {
    mount('');
    expect(amazon.findContainer(document)?.getAttribute('data-testid')).toBe('MessageArea');
    const host = document.createElement('div');
    host.innerHTML = cluster('c', 'A', messageRow('r', 'x'));
    expect(amazon.rowsIn(host.firstElementChild!)).toHaveLength(1);
    expect(amazon.readViewers(document)).toBeNull();
  });
});
