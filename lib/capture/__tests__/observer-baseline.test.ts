import { afterEach, expect, it, vi } from 'vitest';
import { startCapture } from '../observer';
import type { LiveEvent } from '../../events/live-event';
import type { PlatformAdapter } from '../../platforms/types';

// An id-less platform (Kick popout, Twitch): rows are told apart by fingerprint after a container swap.
const adapter: PlatformAdapter = {
  platform: 'kick',
  matches: ['*://example.test/*'],
  selectors: { verified: 'test', source: 'test', container: ['#chat'], row: ['li'], viewers: [] },
  roomKey: () => 'kick:test',
  title: () => undefined,
  findContainer: (doc) => doc.querySelector('#chat'),
  rowsIn: (n) => (n.matches('li') ? [n] : Array.from(n.querySelectorAll('li'))),
  rowId: () => undefined,
  parseRow: (row) => ({ kind: 'comment', author: { name: row.getAttribute('data-author') ?? '', role: 'viewer' }, text: row.textContent ?? '' }),
  readViewers: () => null,
  recyclesRows: true,
};

afterEach(() => vi.useRealTimers());

it('a replaced container re-rendering rows that were already there at attach emits none of them', async () => {
  vi.useFakeTimers();
  document.body.innerHTML = '<ul id="chat"><li data-author="old">history</li></ul>';
  const events: LiveEvent[] = [];
  const env = { doc: document, url: () => 'https://example.test/r', now: () => Date.now(), setInterval, clearInterval: (id: unknown) => clearInterval(id as number), setTimeout, MutationObserver };
  const stop = startCapture(adapter, env, { emit: (e) => events.push(e), health: () => {} });
  document.querySelector('#chat')!.insertAdjacentHTML('beforeend', '<li data-author="a">new</li>');
  await vi.advanceTimersByTimeAsync(1100);
  const chat = document.querySelector('#chat')!;
  chat.replaceWith(chat.cloneNode(true));
  await vi.advanceTimersByTimeAsync(1100);
  expect(events.map((e) => `${e.author?.name}:${e.text}`)).toEqual(['a:new']);
  stop();
});
