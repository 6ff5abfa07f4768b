// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { commentCell, giftCell, initialState, likeCell, systemCell } from '../../../../e2e/fixtures/kuaishou/rows';
import { kuaishou } from '..';

function parse(html: string) {
  document.body.innerHTML = `<div class="chat-history"><div class="wrapper">${html}</div></div>`;
  return kuaishou.parseRow(document.querySelector('.comment-cell')!);
}

describe('Kuaishou cells', () => {
  it('comments: "昵称：" name, text with emoji alts', () => {
    expect(parse(commentCell('k', '小明', ['好看', { emoji: 'aixin', alt: '[爱心]' }]))).toEqual({
      kind: 'comment', author: { name: '小明', role: 'viewer' }, text: '好看[爱心]',
    });
    expect(parse(commentCell('k', 'Tom', ['price? 💰']))).toMatchObject({ kind: 'comment', text: 'price? 💰' });
  });

  it('gifts: "送 <gift>" + picture + "×N" as shown', () => {
    expect(parse(giftCell('k', '小红', '送 小心心', 'xiaoxinxin', 3))).toEqual({
      kind: 'gift', author: { name: '小红', role: 'viewer' }, text: '送 小心心', gift: '小心心', count: 3,
    });
    expect(parse(giftCell('k', '大哥', '送出了 火箭', 'rocket', 1))).toMatchObject({ gift: '火箭', count: 1 });
  });

  it('likes, named notices, system lines, late fill', () => {
    expect(parse(likeCell('k', '小刚'))).toEqual({ kind: 'like', author: { name: '小刚', role: 'viewer' }, text: '点亮了❤' });
    document.body.innerHTML = '<div class="comment-cell"><span class="username">小李</span><span class="comment">关注了主播</span></div>';
    expect(kuaishou.parseRow(document.querySelector('.comment-cell')!)).toMatchObject({ kind: 'follow', author: { name: '小李' } });
    document.body.innerHTML = '<div class="comment-cell"><span class="username">小李</span><span class="comment">等2人正在去买</span></div>';
    expect(kuaishou.parseRow(document.querySelector('.comment-cell')!)).toMatchObject({ kind: 'purchase', count: 2 });
    document.body.innerHTML = '<div class="comment-cell"><span class="username">小李</span><span class="comment">来了</span></div>';
    expect(kuaishou.parseRow(document.querySelector('.comment-cell')!)).toMatchObject({ kind: 'join' });
    expect(parse(systemCell('k', '欢迎来到直播间，请文明发言'))).toBeNull();
    expect(parse(commentCell('k', '', ['晚到']))).toBe('retry');
    expect(parse(commentCell('k', '小周', []))).toBe('retry');
  });
});

describe('Kuaishou adapter', () => {
  it('room key from /u/<id>', () => {
    expect(kuaishou.roomKey(new URL('https://live.kuaishou.com/u/3xkz5cr2hnhdfbq'))).toBe('kuaishou:3xkz5cr2hnhdfbq');
    expect(kuaishou.roomKey(new URL('https://live.kuaishou.com/cate/DQRM'))).toBeNull();
  });

  it('container is the rebuilt list; cells are rows, their parts are not', () => {
    document.body.innerHTML = `<div class="chat-history"><div class="wrapper">${commentCell('a', 'a', ['x'])}${likeCell('b', 'b')}</div></div>`;
    expect(kuaishou.findContainer(document)?.className).toBe('wrapper');
    expect(kuaishou.rowsIn(kuaishou.findContainer(document)!)).toHaveLength(2);
    expect(kuaishou.rowsIn(document.querySelector('.username')!)).toEqual([]);
  });

  it('viewers from the embedded server state: "1.2万", 4974, "10W+"', () => {
    for (const [shown, n] of [['1.2万', 12000], ['4974', 4974], ['10W+', 100000]] as const) {
      document.head.innerHTML = initialState(shown);
      expect(kuaishou.readViewers(document)).toBe(n);
    }
    document.head.innerHTML = '';
    expect(kuaishou.readViewers(document)).toBeNull();
  });
});
