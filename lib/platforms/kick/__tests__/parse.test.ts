// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { giftInner, messageInner, messageRow, noticeInner, rowOf } from '../../../../e2e/fixtures/kick/render';
import { kick } from '..';
import { isKickDeleted, kickNoticeKind, parseKickRow } from '../parse';

const el = (html: string): Element => {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild!;
};
const mod = { type: 'moderator', text: 'Moderator' };
const sub = { type: 'subscriber', text: 'Subscriber', count: 6 };

describe('Kick rows', () => {
  it('a comment: name, emotes as alt text, moderator/subscriber badges', () => {
    const row = el(messageRow(270, 'a', { name: 'CrispyLegs', color: '#F2708A', badges: [mod, sub, { type: 'sub_gifter', text: 'Sub Gifter' }], content: 'hi [emote:37226:KEKW] there' }));
    expect(parseKickRow(row)).toEqual({ kind: 'comment', author: { name: 'CrispyLegs', role: 'moderator', badges: ['Moderator', 'Subscriber'] }, text: 'hi KEKW there' });
  });

  it('a subscriber is a member; no badge is a viewer', () => {
    expect(parseKickRow(el(messageRow(1, 'a', { name: 'tuqos', color: '#fff', badges: [sub], content: 'back' }))) ).toMatchObject({ author: { role: 'member' } });
    expect(parseKickRow(el(messageRow(1, 'a', { name: 'x', color: '#fff', badges: [], content: 'y' })))).toMatchObject({ author: { name: 'x', role: 'viewer' } });
  });

  it('an empty body (7TV not rendered yet) is retried; a row with no name yet too', () => {
    expect(parseKickRow(el(messageRow(1, 'a', { name: 'x', color: '#fff', badges: [], content: '' })))).toBe('retry');
    expect(parseKickRow(el('<div data-index="3"></div>'))).toBe('retry');
  });

  it('KICKs gifts: gift name, the KICKs shown as count, the gift message when there is one', () => {
    const plain = el(rowOf(5, 'g', giftInner({ name: 'BestSlime', color: '#BC66FF', gift: 'Full Send', giftId: 'full_send', amount: 100, message: '' })));
    expect(parseKickRow(plain)).toEqual({ kind: 'gift', author: { name: 'BestSlime', role: 'viewer' }, text: 'sent Full Send', gift: 'Full Send', count: 100 });
    const levelUp = el(rowOf(6, 'g', giftInner({ name: 'alalisa11', color: '#FF9D00', gift: 'Pack It Up', giftId: 'pack_it_up', amount: 1000, message: 'لازم يكون' })));
    expect(parseKickRow(levelUp)).toMatchObject({ kind: 'gift', gift: 'Pack It Up', count: 1000, text: 'لازم يكون' });
  });

  it('subs and gifted subs are memberships (system rows have no data-prevent-expand)', () => {
    expect(parseKickRow(el(rowOf(7, 's', noticeInner('feepsyy', 'subscribed for 2 months'))))).toEqual({ kind: 'membership', author: { name: 'feepsyy', role: 'viewer' }, text: 'feepsyy subscribed for 2 months' });
    expect(parseKickRow(el(rowOf(8, 's', noticeInner('court', 'gifted 5 subs to the community'))))).toMatchObject({ kind: 'membership', count: 5 });
    expect(kickNoticeKind('court gifted a sub to bigboss_23')).toEqual({ kind: 'membership', count: 1 });
    expect(kickNoticeKind('court gifted 1,000 subscriptions')).toEqual({ kind: 'membership', count: 1000 });
    expect(kickNoticeKind('xqc is hosting with 1,234 viewers')).toEqual({ kind: 'join', count: 1234 });
  });

  it('deleted: "(deleted)" / "deleted by a moderator" labels, line-through, deleted-message classes', () => {
    const row = el(messageRow(1, 'a', { name: 'x', color: '#fff', badges: [], content: 'hello' }));
    expect(isKickDeleted(row)).toBe(false); // the hidden timestamp is a span.font-semibold too
    row.querySelector("span[class*='font-normal']")!.innerHTML = '<span class="font-semibold">(deleted)</span>';
    expect(isKickDeleted(row)).toBe(true);
    expect(isKickDeleted(el('<div data-index="1"><span class="font-semibold">Deleted by a moderator</span></div>'))).toBe(true);
    expect(isKickDeleted(el('<div data-index="1"><span class="line-through">x</span></div>'))).toBe(true);
    expect(isKickDeleted(el('<div data-index="1"><div class="deleted-message_x">x</div></div>'))).toBe(true);
  });

  it('legacy /chatroom rows: data-chat-entry is the message id', () => {
    const row = el(
      '<div data-chat-entry="6aabe870"><div class="chat-entry"><div><span class="chat-message-identity"><span class="badge-tooltip"><img src="https://files.kick.com/channel_subscriber_badges/1/original" alt="Subscriber"></span></span>' +
        '<span class="chat-entry-username" style="color:#75FD46">tuqos</span><span class="font-bold text-white">: </span><span class="chat-entry-content">back to the plantation</span></div></div></div>',
    );
    expect(kick.rowId(row)).toBe('6aabe870');
    expect(parseKickRow(row)).toEqual({ kind: 'comment', author: { name: 'tuqos', role: 'member', badges: ['Subscriber'] }, text: 'back to the plantation' });
  });

  it('a recycled slot is read by its content: data-index is never an id', () => {
    const row = el(messageRow(280, 'a', { name: 'x', color: '#fff', badges: [], content: 'one' }));
    expect(kick.rowId(row)).toBeUndefined();
    row.innerHTML = messageInner({ name: 'y', color: '#fff', badges: [], content: 'two' });
    expect(parseKickRow(row)).toMatchObject({ author: { name: 'y' }, text: 'two' });
  });
});

describe('Kick adapter', () => {
  it('room key: both popout forms and the legacy chatroom, "_" and "-" spellings, any case', () => {
    const key = (u: string) => kick.roomKey(new URL(u));
    expect(key('https://kick.com/popout/Reds_cat/chat')).toBe('kick:reds-cat');
    expect(key('https://kick.com/en/popout/reds-cat/chat?popout=')).toBe('kick:reds-cat');
    expect(key('https://kick.com/reds_cat/chatroom')).toBe('kick:reds-cat');
    expect(key('https://kick.com/reds_cat')).toBeNull();
    expect(key('https://kick.com/a/b/popout/c/chat')).toBeNull();
  });

  it('finds the list (last child of #chatroom-messages) and shows no viewer count', () => {
    document.body.innerHTML = '<div id="chatroom-messages"><div class="pinned"></div><div class="list"></div></div>';
    expect(kick.findContainer(document)?.className).toBe('list');
    expect(kick.readViewers(document)).toBeNull();
    document.body.innerHTML = '<div id="chatroom"><div data-chat-entry="1"></div></div>';
    expect(kick.findContainer(document)?.id).toBe('chatroom');
  });
});
