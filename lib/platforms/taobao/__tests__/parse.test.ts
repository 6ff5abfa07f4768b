// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { commentRow } from '../../../../e2e/fixtures/taobao/render';
import { taobao } from '..';
import { parseTaobaoRow, stripColon, taobaoNotice } from '../parse';

const el = (html: string): Element => {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild!;
};

describe('Taobao Live rows', () => {
  it('a comment: the "：" after the name is stripped, emoji images read as their [code]', () => {
    expect(parseTaobaoRow(el(commentRow('a', '阿强', '主播试一下黑色款[爱心]')))).toEqual({ kind: 'comment', author: { name: '阿强', role: 'viewer' }, text: '主播试一下黑色款[爱心]' });
    expect(stripColon('小鱼儿：')).toBe('小鱼儿');
    expect(stripColon('Tom: ')).toBe('Tom');
  });

  it('matches CSS-module classes by prefix, whatever the hash', () => {
    const row = el(commentRow('a', '小鱼儿', '有券吗', 'Zz9_x0Q1'));
    expect(taobao.rowsIn(row)).toEqual([row]);
    expect(parseTaobaoRow(row)).toMatchObject({ author: { name: '小鱼儿' }, text: '有券吗' });
  });

  it('"xx正在去买" and "xx等N人正在去买" are purchases (N people as count)', () => {
    expect(parseTaobaoRow(el(commentRow('p', null, '小鱼儿正在去买')))).toEqual({ kind: 'purchase', author: { name: '小鱼儿', role: 'viewer' }, text: '小鱼儿正在去买' });
    expect(parseTaobaoRow(el(commentRow('p', null, '阿强等3人正在去买')))).toEqual({ kind: 'purchase', author: { name: '阿强', role: 'viewer' }, count: 3, text: '阿强等3人正在去买' });
    expect(taobaoNotice('木木 等 1,200 人正在去买')).toEqual({ kind: 'purchase', author: { name: '木木', role: 'viewer' }, count: 1200 });
  });

  it('arrivals and follows', () => {
    expect(taobaoNotice('欢迎 糖糖 进入直播间')).toEqual({ kind: 'join', author: { name: '糖糖', role: 'viewer' } });
    expect(taobaoNotice('糖糖来了')).toEqual({ kind: 'join', author: { name: '糖糖', role: 'viewer' } });
    expect(taobaoNotice('木木关注了主播')).toEqual({ kind: 'follow', author: { name: '木木', role: 'viewer' } });
  });

  it('a viewer writing "正在去买" is still a comment; an unknown nameless notice is skipped', () => {
    expect(parseTaobaoRow(el(commentRow('c', '小鱼儿', '我正在去买')))).toMatchObject({ kind: 'comment' });
    expect(parseTaobaoRow(el(commentRow('n', null, '直播间公告：今晚8点抽奖')))).toBeNull();
  });

  it('a row whose text has not rendered yet is retried', () => {
    expect(parseTaobaoRow(el(commentRow('a', '木木', '')))).toBe('retry');
  });
});

describe('Taobao adapter', () => {
  it('room key from liveId on /live and /follow', () => {
    expect(taobao.roomKey(new URL('https://tbzb.taobao.com/live?liveId=512345678901'))).toBe('taobao:512345678901');
    expect(taobao.roomKey(new URL('https://tbzb.taobao.com/follow?liveId=42&spm=a1z'))).toBe('taobao:42');
    expect(taobao.roomKey(new URL('https://tbzb.taobao.com/'))).toBeNull();
  });

  it('finds #liveComment; no viewer count hook is known', () => {
    document.body.innerHTML = '<div id="liveComment"></div><span>1.2万观看</span>';
    expect(taobao.findContainer(document)?.id).toBe('liveComment');
    expect(taobao.readViewers(document)).toBeNull();
  });
});
