// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCapture } from '../observer';
import type { LiveEvent } from '../../events/live-event';
import { douyin } from '../../platforms/douyin';
import { chatItem, slot, tickerLine } from '../../../e2e/fixtures/douyin/rows';

// Douyin rows carry no message id. When the page replaces its whole chat list, the new list
// re-renders copies of the last few rows: those are not news. A viewer sending "扣1" again is.
const URL = 'https://live.douyin.com/80017709309';
const LIST = '.webcast-chatroom___list';
const WRAP = `${LIST} > div`;

function start(rows: string) {
  document.body.innerHTML =
    `<div id="chatroom"><div class="webcast-chatroom"><div class="webcast-chatroom___list"><div style="transform: translateY(0px)">${rows}</div></div>` +
    `<div class="webcast-chatroom___bottom-message">${tickerLine('早到的', '来了')}</div></div></div>`;
  const events: LiveEvent[] = [];
  const env = { doc: document, url: () => URL, now: () => Date.now(), setInterval, clearInterval: (id: unknown) => clearInterval(id as number), setTimeout, MutationObserver };
  const stop = startCapture(douyin, env, { emit: (e) => events.push(e), health: () => {} });
  const said = () => events.filter((e) => e.kind === 'comment').map((e) => `${e.author?.name}:${e.text}`);
  return { events, stop, said };
}

let n = 100;
const row = (name: string, text: string, index = n++) => slot(index, `k${index}`, chatItem(name, [text]));
const flush = () => vi.advanceTimersByTimeAsync(1100);
const add = (html: string) => document.querySelector(WRAP)!.insertAdjacentHTML('beforeend', html);
/** The page renders a brand-new list element in place of the old one. */
const replaceList = (html: string) => {
  const fresh = document.createElement('div');
  fresh.className = 'webcast-chatroom___list';
  fresh.innerHTML = `<div style="transform: translateY(0px)">${html}</div>`;
  document.querySelector(LIST)!.replaceWith(fresh);
};

describe('observer core: a chat list replaced by one that re-renders its last rows (Douyin)', () => {
  afterEach(() => vi.useRealTimers());

  it('emits none of the copies, and every genuine repeat after them', async () => {
    vi.useFakeTimers();
    const c = start(row('早到的', '主播好'));
    add(row('小王', '扣1') + row('小李', '多少钱') + row('小王', '扣1'));
    await flush();
    // New list: copies of the last three rows, then 小王 sends 扣1 again, on purpose.
    replaceList(row('小王', '扣1', 1) + row('小李', '多少钱', 2) + row('小王', '扣1', 3) + row('小王', '扣1', 4));
    await flush();
    add(row('小王', '扣1') + row('小张', '有货吗'));
    await flush();
    expect(c.said()).toEqual(['小王:扣1', '小李:多少钱', '小王:扣1', '小王:扣1', '小王:扣1', '小张:有货吗']);
    c.stop();
  });

  it('the same when the list keeps its element and swaps all its rows, or is emptied first and filled a moment later', async () => {
    vi.useFakeTimers();
    const c = start('');
    add(row('a', '扣1') + row('b', 'hi') + row('c', '+1'));
    await flush();
    document.querySelector(WRAP)!.replaceChildren();
    await vi.advanceTimersByTimeAsync(50);
    document.querySelector(WRAP)!.innerHTML = row('b', 'hi') + row('c', '+1') + row('a', '扣1');
    await flush();
    document.querySelector(WRAP)!.innerHTML = row('b', 'hi') + row('c', '+1') + row('a', '扣1') + row('c', '+1');
    await flush();
    // First swap: b and c are copies, a's 扣1 (said three rows back) is news; second: c's +1 is news.
    expect(c.said()).toEqual(['a:扣1', 'b:hi', 'c:+1', 'a:扣1', 'c:+1']);
    c.stop();
  });

  it('a list rebuilt with only new rows emits them all, even one that repeats an older row', async () => {
    vi.useFakeTimers();
    const c = start('');
    add(row('a', '扣1') + row('b', 'hi'));
    await flush();
    replaceList(row('a', '扣1'));
    await flush();
    expect(c.said()).toEqual(['a:扣1', 'b:hi', 'a:扣1']);
    c.stop();
  });

  it('a row trimmed from the top while the same words arrive at the bottom is a trim, not a re-render', async () => {
    vi.useFakeTimers();
    const c = start('');
    add(row('a', '扣1') + row('b', 'hi'));
    await flush();
    const wrap = document.querySelector(WRAP)!;
    wrap.firstElementChild!.remove();
    add(row('a', '扣1'));
    await flush();
    expect(c.said()).toEqual(['a:扣1', 'b:hi', 'a:扣1']);
    c.stop();
  });

  it('the ticker beside the list is not mistaken for the list', async () => {
    vi.useFakeTimers();
    const c = start('');
    add(row('a', 'one'));
    await flush();
    document.querySelector('.webcast-chatroom___bottom-message')!.innerHTML = tickerLine('小张', '来了');
    await flush();
    replaceList(row('a', 'one', 1) + row('b', 'two', 2));
    await flush();
    expect(c.events.filter((e) => e.kind !== 'viewers').map((e) => `${e.kind}:${e.author?.name}`)).toEqual(['comment:a', 'join:小张', 'comment:b']);
    c.stop();
  });
});
