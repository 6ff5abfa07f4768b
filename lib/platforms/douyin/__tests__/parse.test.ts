// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cartIdle, cartPitch, chatItem, noticeItem, roomMessage, slot, tickerLine } from '../../../../e2e/fixtures/douyin/rows';
import { douyin } from '..';
import { readZhEvent } from '../event-text';

const HEART = '7ef47758a435313180e6b78b056dda4e';

function parse(item: string) {
  document.body.innerHTML = `<div id="chatroom"><div class="webcast-chatroom"><div class="webcast-chatroom___list"><div style="transform: translateY(0px)">${slot(3, 'k', item)}</div></div></div></div>`;
  return douyin.parseRow(document.querySelector('[data-index]')!);
}
function parseTicker(name: string, words: string) {
  document.body.innerHTML = `<div class="webcast-chatroom___bottom-message">${tickerLine(name, words)}</div>`;
  return douyin.parseRow(document.querySelector('.webcast-chatroom___bottom-message')!);
}

describe('Douyin rows', () => {
  it('comments: "昵称：" name, text and emoji alts, badges by file name', () => {
    expect(parse(chatItem('小王', ['这个多少钱', { emoji: 'bixin', alt: '[比心]' }], [{ level: 23 }, 'fansclub'], true))).toEqual({
      kind: 'comment', author: { name: '小王', role: 'member', badges: ['level 23', 'fansclub'] }, text: '这个多少钱[比心]',
    });
    expect(parse(chatItem('Amy', ['hello 👋'], [{ level: 3 }]))).toEqual({ kind: 'comment', author: { name: 'Amy', role: 'viewer', badges: ['level 3'] }, text: 'hello 👋' });
    expect(parse(chatItem('订阅哥', ['在吗'], ['subscribe']))).toMatchObject({ author: { role: 'member', badges: ['subscribe'] } });
  });

  it('gifts: "送出了" + picture + "×N": count as shown, gift named by text, else by picture id', () => {
    expect(parse(chatItem('土豪', ['送出了 小心心', { gift: HEART }, '×9']))).toEqual({
      kind: 'gift', author: { name: '土豪', role: 'viewer' }, text: '送出了 小心心', gift: '小心心', count: 9,
    });
    expect(parse(chatItem('土豪', ['送出了', { gift: HEART }, '×1']))).toMatchObject({ kind: 'gift', gift: HEART, count: 1, text: '送出了' });
    // Without a gift picture or count, "送出了" typed by a viewer is just a comment.
    expect(parse(chatItem('路人', ['送出了吗']))).toMatchObject({ kind: 'comment', text: '送出了吗' });
  });

  it('list notices (follow, share, fans club, purchase) and room messages', () => {
    expect(parse(noticeItem('小红', '关注了主播'))).toEqual({ kind: 'follow', author: { name: '小红', role: 'viewer' }, text: '关注了主播' });
    expect(parse(noticeItem('小红', '分享了直播间'))).toMatchObject({ kind: 'follow', text: '分享了直播间' });
    expect(parse(noticeItem('小绿', '加入了粉丝团'))).toMatchObject({ kind: 'membership', author: { name: '小绿' } });
    expect(parse(noticeItem('小蓝', '正在去买'))).toMatchObject({ kind: 'purchase', author: { name: '小蓝' }, text: '正在去买' });
    expect(parse(roomMessage('欢迎来到直播间！抖音严禁未成年人直播或打赏。'))).toBeNull();
    expect(parse(roomMessage('小李为主播加了10分'))).toBeNull();
    expect(parse(noticeItem('某人', '说了些什么'))).toBeNull();
  });

  it('ticker: joins, likes, "xx等N人正在去买"', () => {
    expect(parseTicker('小张', '来了')).toEqual({ kind: 'join', author: { name: '小张', role: 'viewer' }, text: '来了' });
    expect(parseTicker('未来', '来了')).toMatchObject({ kind: 'join', author: { name: '未来' } });
    expect(parseTicker('小赵', '为主播点赞了')).toMatchObject({ kind: 'like', text: '为主播点赞了' });
    expect(parseTicker('小钱', '等3人正在去买')).toEqual({ kind: 'purchase', author: { name: '小钱', role: 'viewer' }, text: '等3人正在去买', count: 3 });
  });

  it('late fill: an empty name or content is retried; an empty slot too', () => {
    expect(parse(chatItem('', ['晚到的名字']))).toBe('retry');
    expect(parse(chatItem('小周', []))).toBe('retry');
    expect(parse('')).toBe('retry');
  });

  it('yellow cart: the pitched product, nothing while idle', () => {
    document.body.innerHTML = `<div data-e2e="yellowCart-container">${cartPitch(3, '修护精华液 30ml', '59.9')}</div>`;
    expect(douyin.parseRow(document.querySelector('[data-e2e]')!)).toEqual({
      kind: 'product', text: '修护精华液 30ml', product: { ref: '#3', title: '修护精华液 30ml', price: '¥59.9' },
    });
    document.body.innerHTML = `<div data-e2e="yellowCart-container">${cartIdle()}</div>`;
    expect(douyin.parseRow(document.querySelector('[data-e2e]')!)).toBeNull();
  });

  it('event words', () => {
    expect(readZhEvent('小王送出了 玫瑰 × 1,314')).toEqual({ kind: 'gift', name: '小王', text: '送出了 玫瑰', gift: '玫瑰', count: 1314 });
    expect(readZhEvent('小王 为主播点赞了 ×15')).toEqual({ kind: 'like', name: '小王', text: '为主播点赞了', count: 15 });
    expect(readZhEvent('随便说说')).toBeNull();
  });
});

describe('Douyin adapter', () => {
  it('room key is the web_rid', () => {
    expect(douyin.roomKey(new URL('https://live.douyin.com/80017709309'))).toBe('douyin:80017709309');
    expect(douyin.roomKey(new URL('https://live.douyin.com/category/1_1'))).toBeNull();
  });

  it('rows: slots, ticker and cart inside the chat panel; parts of a slot are not rows', () => {
    document.body.innerHTML =
      `<div id="chatroom"><div class="webcast-chatroom"><div class="webcast-chatroom___list"><div style="transform: translateY(0px)">${slot(1, 'a', chatItem('a', ['x']))}${slot(2, 'b', chatItem('b', ['y']))}</div></div>` +
      `<div class="webcast-chatroom___bottom-message">${tickerLine('c', '来了')}</div><div data-e2e="yellowCart-container">${cartIdle()}</div></div></div>`;
    expect(douyin.findContainer(document)?.className).toBe('webcast-chatroom');
    expect(douyin.rowsIn(douyin.findContainer(document)!)).toHaveLength(4);
    expect(douyin.rowsIn(document.querySelector('.webcast-chatroom___item')!)).toEqual([]);
    // Without a virtual list, items are rows.
    document.body.innerHTML = `<div class="webcast-chatroom">${chatItem('a', ['x'])}${chatItem('b', ['y'])}</div>`;
    expect(douyin.rowsIn(document.body)).toHaveLength(2);
  });

  it('viewers: "4,974", "1.2万", "10W+"', () => {
    for (const [shown, n] of [['4,974', 4974], ['1.2万', 12000], ['10W+', 100000]] as const) {
      document.body.innerHTML = `<div data-e2e="live-room-audience">${shown}</div>`;
      expect(douyin.readViewers(document)).toBe(n);
    }
  });

  it('login and captcha walls', () => {
    document.body.innerHTML = '<div id="login-pannel"></div>';
    expect(douyin.detectWall?.(document)?.state).toBe('wall');
    document.body.innerHTML = '<div class="webcast-chatroom"></div>';
    expect(douyin.detectWall?.(document)).toBeNull();
  });
});
