// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCapture } from '../observer';
import type { LiveEvent } from '../../events/live-event';
import { listAdapter } from './list-adapter';

// An id-less virtual list (Kick popout): rows are told apart by fingerprint, slots are recycled,
// a deleted row shows a placeholder (here: the `deleted` attribute).
const adapter = listAdapter('kick', {
  isDeleted: (row) => row.hasAttribute('deleted'),
  deletionAttributes: ['deleted'],
  recyclesRows: true,
});

function start(html: string) {
  document.body.innerHTML = `<ul id="chat">${html}</ul>`;
  const events: LiveEvent[] = [];
  const env = { doc: document, url: () => 'https://example.test/r', now: () => Date.now(), setInterval, clearInterval: (id: unknown) => clearInterval(id as number), setTimeout, MutationObserver };
  const stop = startCapture(adapter, env, { emit: (e) => events.push(e), health: () => {} });
  const chat = () => document.querySelector('#chat')!;
  const shown = () => events.map((e) => (e.kind === 'deletion' ? `-${events.find((x) => x.id === e.targetId)?.text ?? '?'}` : `${e.author?.name}:${e.text}`));
  return { events, stop, chat, shown };
}
const flush = () => vi.advanceTimersByTimeAsync(1100);
const del = (row: Element) => {
  row.setAttribute('deleted', '');
  row.textContent = '(deleted)';
};

describe('observer core: history rows, recycled deleted slots, deletions after a container swap', () => {
  afterEach(() => vi.useRealTimers());

  it('a replaced container re-rendering rows that were there at attach emits none of them', async () => {
    vi.useFakeTimers();
    const c = start('<li data-author="old">history</li>');
    c.chat().insertAdjacentHTML('beforeend', '<li data-author="a">new</li>');
    await flush();
    c.chat().replaceWith(c.chat().cloneNode(true));
    await flush();
    expect(c.shown()).toEqual(['a:new']);
    c.stop();
  });

  it('deleting a row that was there at attach emits nothing (no deletion, no "new" placeholder row)', async () => {
    vi.useFakeTimers();
    const c = start('<li data-author="old">history</li>');
    del(c.chat().querySelector('li')!);
    await flush();
    expect(c.events).toEqual([]);
    c.stop();
  });

  it('a recycled slot that showed a deleted message emits its new message, which can be deleted in turn', async () => {
    vi.useFakeTimers();
    const c = start('');
    c.chat().insertAdjacentHTML('beforeend', '<li data-index="5" data-author="a">spam</li>');
    await flush();
    const row = c.chat().querySelector('li')!;
    del(row);
    await flush();
    row.removeAttribute('deleted');
    row.setAttribute('data-index', '35');
    row.setAttribute('data-author', 'b');
    row.textContent = 'hello';
    await flush();
    del(row);
    await flush();
    expect(c.shown()).toEqual(['a:spam', '-spam', 'b:hello', '-hello']);
    c.stop();
  });

  it('a deletion after a container swap points at the message as it was first sent', async () => {
    vi.useFakeTimers();
    const c = start('');
    c.chat().insertAdjacentHTML('beforeend', '<li data-author="a">one</li><li data-author="b">two</li>');
    await flush();
    c.chat().replaceWith(c.chat().cloneNode(true));
    await flush();
    del(c.chat().querySelectorAll('li')[1]!);
    await flush();
    expect(c.shown()).toEqual(['a:one', 'b:two', '-two']);
    c.stop();
  });
});
