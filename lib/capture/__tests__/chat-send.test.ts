// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { douyin } from '../../platforms/douyin';
import { tiktok } from '../../platforms/tiktok';
import { amazon } from '../../platforms/amazon';
import { chatItem, slot } from '../../../e2e/fixtures/douyin/rows';
import { chatMessage, slot as ttSlot } from '../../../e2e/fixtures/tiktok/rows';
import { insertDraft, sendAndConfirm, type SendEnv } from '../chat-send';
import { bodyOf, showsSent } from '../chat-text';

const env: SendEnv = { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id as number), MutationObserver };

afterEach(() => {
  document.body.innerHTML = '';
});

function douyinPage(echo: boolean) {
  document.body.innerHTML =
    `<div id="chatroom"><div class="webcast-chatroom"><div class="webcast-chatroom___list"><div style="transform: translateY(0px)">${slot(0, 'a', chatItem('小红', ['包邮吗']))}</div></div>` +
    `<textarea class="webcast-chatroom___textarea"></textarea><button class="webcast-chatroom___send-btn">发送</button></div></div>`;
  const ta = document.querySelector('textarea')!;
  const seen: string[] = [];
  document.querySelector('button')!.addEventListener('click', () => {
    seen.push(ta.value);
    const text = ta.value;
    ta.value = '';
    // The page posts the message back as a row under the user's own name, a moment later.
    if (echo) setTimeout(() => document.querySelector('.webcast-chatroom___list > div')!.insertAdjacentHTML('beforeend', slot(1, 'b', chatItem('我的小店', [text]))), 30);
  });
  return { ta, seen };
}

describe('chat send (content script)', () => {
  it('types into a textarea, clicks send and confirms the row that shows the message', async () => {
    const { seen } = douyinPage(true);
    const r = await sendAndConfirm(document, douyin, '@小红 全场包邮哦', 2000, env);
    expect(seen).toEqual(['@小红 全场包邮哦']);
    expect(r).toEqual({ state: 'confirmed', author: '我的小店' });
  });
  it('fails, saying why, when the message never shows up', async () => {
    douyinPage(false);
    const r = await sendAndConfirm(document, douyin, '全场包邮', 100, env);
    expect(r).toMatchObject({ state: 'failed', detail: 'not seen in chat within 0 s' });
  });
  it('refuses what is longer than the platform allows, and pages without a box', async () => {
    douyinPage(true);
    expect(await sendAndConfirm(document, douyin, '长'.repeat(60), 100, env)).toMatchObject({ state: 'failed' });
    document.body.innerHTML = '<div class="webcast-chatroom"><div class="webcast-chatroom___list"><div></div></div></div>';
    expect(await sendAndConfirm(document, douyin, 'hi', 100, env)).toMatchObject({ state: 'failed', detail: 'no chat box found on this page' });
    expect(await sendAndConfirm(document, amazon, 'hi', 100, env)).toMatchObject({ state: 'unsupported' });
  });
  it('types into a contenteditable composer and submits with Enter', async () => {
    document.body.innerHTML =
      `<div class="live-shared-ui-chat-list-scrolling-list">${ttSlot(0, 'a', chatMessage('amy', 'hi'))}</div>` +
      `<div contenteditable="plaintext-only" placeholder="Add comment..." maxlength="150"></div>`;
    const box = document.querySelector<HTMLElement>('[contenteditable]')!;
    box.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key !== 'Enter') return;
      const text = box.textContent ?? '';
      box.textContent = '';
      setTimeout(() => document.querySelector('.live-shared-ui-chat-list-scrolling-list')!.insertAdjacentHTML('beforeend', ttSlot(1, 'b', chatMessage('glowshop', text))), 10);
    });
    const r = await sendAndConfirm(document, tiktok, '@amy Ships in 2 days 😊', 2000, env);
    expect(r).toEqual({ state: 'confirmed', author: 'glowshop' });
  });
  it('inserts a draft without sending it', () => {
    const { ta, seen } = douyinPage(true);
    expect(insertDraft(document, douyin, '草稿')).toEqual({ state: 'inserted' });
    expect(ta.value).toBe('草稿');
    expect(seen).toEqual([]);
  });
  it('matches a row however the page re-rendered spaces and mentions', () => {
    expect(bodyOf('@amy @bo  Ships today')).toBe('Ships today');
    expect(showsSent('amy: Ships  today 😊', '@amy Ships today 😊')).toBe(true);
    expect(showsSent('Ships tomorrow', '@amy Ships today')).toBe(false);
  });
});
