// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chatMessage, emote, enterMessage, fanClubMessage, giftMessage, slot, socialMessage, systemMessage } from '../../../../e2e/fixtures/tiktok/rows';
import { tiktok } from '..';
import { readEventText } from '../event-text';

const ROSE = 'eba3a9bb85c33e017f3648eaf88d7189';

function parse(inner: string) {
  document.body.innerHTML = `<div class="live-shared-ui-chat-list-scrolling-list">${slot(7, 'k', inner)}</div>`;
  return tiktok.parseRow(document.querySelector('[data-index]')!);
}

describe('TikTok LIVE rows', () => {
  it('comments: name, role from the badge file name, level badges, emoji kept, alt-less emotes dropped', () => {
    expect(parse(chatMessage('alice', `hello 😍 ${emote('heart')}`, ['moderator']))).toEqual({
      kind: 'comment', author: { name: 'alice', role: 'moderator', badges: ['moderator'] }, text: 'hello 😍',
    });
    expect(parse(chatMessage('李小龙', '这个多少钱？', [{ level: 15 }, 'subscriber']))).toEqual({
      kind: 'comment', author: { name: '李小龙', role: 'member', badges: ['level 15', 'subscriber'] }, text: '这个多少钱？',
    });
  });

  it('joins, follows, shares and likes in English and Chinese', () => {
    expect(parse(enterMessage('bob', 'joined'))).toMatchObject({ kind: 'join', author: { name: 'bob' }, text: 'joined' });
    expect(parse(enterMessage('小明', '来了'))).toMatchObject({ kind: 'join', text: '来了' });
    expect(parse(socialMessage('dave', 'followed the host'))).toMatchObject({ kind: 'follow', text: 'followed the host' });
    expect(parse(socialMessage('小红', '关注了主播'))).toMatchObject({ kind: 'follow', text: '关注了主播' });
    expect(parse(socialMessage('erin', 'shared the LIVE'))).toMatchObject({ kind: 'follow', text: 'shared the LIVE' });
    expect(parse(socialMessage('frank', 'liked the LIVE'))).toEqual({ kind: 'like', author: { name: 'frank', role: 'viewer' }, text: 'liked the LIVE' });
    expect(parse(socialMessage('frank', 'liked the LIVE ×15'))).toMatchObject({ kind: 'like', text: 'liked the LIVE', count: 15 });
    expect(parse(socialMessage('小刚', '点赞了'))).toMatchObject({ kind: 'like', text: '点赞了' });
  });

  it('gifts: "sent"/"送出了" + picture + "×N", count is the number shown, gift named', () => {
    expect(parse(giftMessage('carol', 'sent Rose', ROSE, 5, ['subscriber']))).toEqual({
      kind: 'gift', author: { name: 'carol', role: 'member', badges: ['subscriber'] }, text: 'sent Rose', gift: 'Rose', count: 5,
    });
    expect(parse(giftMessage('王五', '送出了 玫瑰', ROSE, 99))).toMatchObject({ kind: 'gift', gift: '玫瑰', count: 99, text: '送出了 玫瑰' });
    // Named only by its picture: the gift id from the URL.
    expect(parse(giftMessage('zoe', 'sent', ROSE, 1))).toMatchObject({ kind: 'gift', gift: ROSE, count: 1 });
  });

  it('fan club, purchases, system notices and unrendered slots', () => {
    expect(parse(fanClubMessage('gina', 'joined the fan club'))).toMatchObject({ kind: 'membership', text: 'joined the fan club' });
    expect(parse(fanClubMessage('小美', '加入了粉丝团'))).toMatchObject({ kind: 'membership' });
    expect(parse(fanClubMessage('hank', 'just bought Glow Serum'))).toMatchObject({ kind: 'purchase', text: 'just bought Glow Serum' });
    expect(parse(systemMessage('Welcome to TikTok LIVE! Creators must be 18 or older to go LIVE.'))).toBeNull();
    expect(parse(chatMessage('', 'late'))).toBe('retry');
    expect(parse(chatMessage('ann', ''))).toBe('retry');
    expect(parse('')).toBe('retry');
  });

  it('event words: counts are snapshots, gift names after the verb', () => {
    expect(readEventText('sent Galaxy × 1,000')).toEqual({ kind: 'gift', text: 'sent Galaxy', count: 1000, gift: 'Galaxy' });
    expect(readEventText('正在去买')).toEqual({ kind: 'purchase', text: '正在去买' });
    expect(readEventText('says hi')).toEqual({ kind: null, text: 'says hi' });
  });
});

describe('TikTok adapter', () => {
  it('room key from /@user/live only', () => {
    expect(tiktok.roomKey(new URL('https://www.tiktok.com/@Shop.Daily/live'))).toBe('tiktok:shop.daily');
    expect(tiktok.roomKey(new URL('https://www.tiktok.com/@shop.daily'))).toBeNull();
    expect(tiktok.roomKey(new URL('https://www.tiktok.com/foryou'))).toBeNull();
  });

  it('rows are virtual slots; parts of a slot and the sticky join bar are not rows', () => {
    document.body.innerHTML =
      `<div class="css-x-DivChatRoomContent"><div class="live-shared-ui-chat-list-scrolling-list">${slot(1, 'a', chatMessage('a', 'x'))}${slot(2, 'b', enterMessage('b', 'joined'))}</div>` +
      `<div class="css-y-DivBottomStickyMessageContainer">${enterMessage('b', 'joined')}</div></div>`;
    const list = tiktok.findContainer(document)!;
    expect(list.className).toBe('live-shared-ui-chat-list-scrolling-list');
    expect(tiktok.rowsIn(document.body).map((r) => r.getAttribute('data-index'))).toEqual(['1', '2']);
    expect(tiktok.rowsIn(document.querySelector('[data-e2e="chat-message"]')!)).toEqual([]);
    expect(tiktok.rowsIn(document.querySelector('[class*="Sticky"] [data-e2e="enter-message"]')!)).toEqual([]);
    // Without a virtual list, typed rows are the rows.
    document.body.innerHTML = `<div data-e2e="chat-room">${chatMessage('a', 'x')}${giftMessage('c', 'sent Rose', ROSE, 1)}</div>`;
    expect(tiktok.rowsIn(document.body)).toHaveLength(2);
  });

  it('viewers from the counter ("1.2K", "4,974", "1.2万"), else from SIGI_STATE', () => {
    for (const [shown, n] of [['1.2K', 1200], ['4,974', 4974], ['1.2万', 12000], ['3M', 3_000_000]] as const) {
      document.body.innerHTML = `<div data-e2e="live-people-count">${shown}</div>`;
      expect(tiktok.readViewers(document)).toBe(n);
    }
    document.body.innerHTML = '<script id="SIGI_STATE" type="application/json">{"LiveRoom":{"liveRoomStats":{"userCount":5321}}}</script>';
    expect(tiktok.readViewers(document)).toBe(5321);
  });

  it('captcha, login wall and ended stream', () => {
    document.body.innerHTML = '<div id="captcha-verify-container-main-page"></div>';
    expect(tiktok.detectWall?.(document)?.state).toBe('wall');
    document.body.innerHTML = '<div data-e2e="live-ended-container">LIVE has ended</div>';
    expect(tiktok.detectWall?.(document)?.state).toBe('ended');
    document.body.innerHTML = '<div data-e2e="chat-room"></div>';
    expect(tiktok.detectWall?.(document)).toBeNull();
  });
});
