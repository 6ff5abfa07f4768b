// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCapture } from '../observer';
import type { LiveEvent } from '../../events/live-event';
import type { PlatformAdapter } from '../../platforms/types';
import { parseCount } from '../count-format';

/** A minimal adapter over a neutral DOM: <ul id=chat><li data-author data-id?>text</li></ul>. */
function adapter(extra: Partial<PlatformAdapter> = {}): PlatformAdapter {
  return {
    platform: 'kick',
    matches: ['*://example.test/*'],
    selectors: { verified: 'test', source: 'test', container: ['#chat'], row: ['li'], viewers: ['#viewers'] },
    roomKey: () => 'kick:test',
    title: () => undefined,
    findContainer: (doc) => doc.querySelector('#chat'),
    rowsIn: (n) => (n.matches('li') ? [n] : Array.from(n.querySelectorAll('li'))),
    rowId: (row) => row.getAttribute('data-id') ?? undefined,
    parseRow(row) {
      const name = row.getAttribute('data-author');
      if (!name) return 'retry';
      const gift = row.querySelector('b')?.textContent;
      if (gift) return { kind: 'gift', author: { name, role: 'viewer' }, gift, count: Number(row.querySelector('i')?.textContent) };
      return { kind: 'comment', author: { name, role: 'viewer' }, text: row.textContent ?? '' };
    },
    isDeleted: (row) => row.hasAttribute('deleted'),
    deletionAttributes: ['deleted'],
    readViewers: (doc) => parseCount(doc.querySelector('#viewers')?.textContent),
    ...extra,
  };
}

function run(a: PlatformAdapter, html: string) {
  document.body.innerHTML = html;
  const events: LiveEvent[] = [];
  const health: string[] = [];
  const stop = startCapture(
    a,
    {
      doc: document,
      url: () => 'https://example.test/room',
      now: () => Date.now(),
      setInterval: (fn, ms) => setInterval(fn, ms),
      clearInterval: (id) => clearInterval(id as number),
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      MutationObserver,
    },
    { emit: (e) => events.push(e), health: (h) => health.push(h.state) },
  );
  return { events, health, stop, chat: () => document.querySelector('#chat')! };
}

const li = (author: string, text: string, id?: string) => `<li data-author="${author}"${id ? ` data-id="${id}"` : ''}>${text}</li>`;
const flush = () => vi.advanceTimersByTimeAsync(1100);
const comments = (es: LiveEvent[]) => es.filter((e) => e.kind === 'comment').map((e) => `${e.author?.name}:${e.text}`);

describe('observer core', () => {
  afterEach(() => vi.useRealTimers());

  it('baselines rows present at attach, then emits each new row once — genuine repeats included', async () => {
    vi.useFakeTimers();
    const c = run(adapter(), `<div id="viewers">1.2K</div><ul id="chat">${li('old', 'history')}</ul>`);
    c.chat().insertAdjacentHTML('beforeend', li('a', '扣1') + li('a', '扣1') + li('b', 'hi'));
    await flush();
    expect(comments(c.events)).toEqual(['a:扣1', 'a:扣1', 'b:hi']);
    expect(c.events.find((e) => e.kind === 'viewers')?.viewers).toBe(1200);
    c.stop();
  });

  it('dedupes by platform id when the page re-renders a row', async () => {
    vi.useFakeTimers();
    const c = run(adapter(), '<ul id="chat"></ul>');
    c.chat().insertAdjacentHTML('beforeend', li('a', 'one', 'm1'));
    await flush();
    c.chat().firstElementChild!.remove();
    c.chat().insertAdjacentHTML('beforeend', li('a', 'one', 'm1') + li('a', 'two', 'm2'));
    await flush();
    expect(c.events.filter((e) => e.kind === 'comment').map((e) => e.id)).toEqual(['m1', 'm2']);
    c.stop();
  });

  it('re-attaches when the container is replaced, without re-emitting re-rendered rows', async () => {
    vi.useFakeTimers();
    const c = run(adapter(), '<ul id="chat"></ul>');
    c.chat().insertAdjacentHTML('beforeend', li('a', 'one') + li('b', 'two'));
    await flush();
    const fresh = c.chat().cloneNode(true) as Element;
    c.chat().replaceWith(fresh);
    await flush(); // watchdog rebinds
    fresh.insertAdjacentHTML('beforeend', li('c', 'three'));
    await flush();
    expect(comments(c.events)).toEqual(['a:one', 'b:two', 'c:three']);
    c.stop();
  });

  it('waits for a late-filled row and emits it complete', async () => {
    vi.useFakeTimers();
    const c = run(adapter(), '<ul id="chat"></ul>');
    c.chat().insertAdjacentHTML('beforeend', '<li>late</li>');
    await vi.advanceTimersByTimeAsync(200);
    c.chat().querySelector('li')!.setAttribute('data-author', 'z');
    await flush();
    expect(comments(c.events)).toEqual(['z:late']);
    c.stop();
  });

  it('emits a deletion pointing at the deleted row', async () => {
    vi.useFakeTimers();
    const c = run(adapter(), '<ul id="chat"></ul>');
    c.chat().insertAdjacentHTML('beforeend', li('a', 'spam', 'm9'));
    await flush();
    c.chat().querySelector('li')!.setAttribute('deleted', '');
    await flush();
    expect(c.events.filter((e) => e.kind === 'deletion').map((e) => e.targetId)).toEqual(['m9']);
    c.stop();
  });

  it('does not re-emit a deleted row re-rendered in a replacement container', async () => {
    vi.useFakeTimers();
    const c = run(adapter(), '<ul id="chat"></ul>');
    c.chat().insertAdjacentHTML('beforeend', li('a', '+1'));
    await flush();
    const row = c.chat().querySelector('li')!;
    row.setAttribute('deleted', '');
    row.textContent = '<message deleted>';
    await flush();
    c.chat().replaceWith(c.chat().cloneNode(true));
    await flush();
    expect(c.events.map((e) => e.kind)).toEqual(['comment', 'deletion']);
    c.stop();
  });

  it('treats a recycled virtual-list row as a new message, never keyed by data-index', async () => {
    vi.useFakeTimers();
    const c = run(adapter({ recyclesRows: true }), '<ul id="chat"></ul>');
    c.chat().insertAdjacentHTML('beforeend', '<li data-index="5" data-author="a">first</li>');
    await flush();
    const row = c.chat().querySelector('li')!;
    row.setAttribute('data-author', 'b');
    row.textContent = 'second';
    await flush();
    expect(comments(c.events)).toEqual(['a:first', 'b:second']);
    c.stop();
  });

  it('ignores a late rewrite of a sent row on a non-virtual list (7TV-style)', async () => {
    vi.useFakeTimers();
    const c = run(adapter(), '<ul id="chat"></ul>');
    c.chat().insertAdjacentHTML('beforeend', li('a', 'Kappa'));
    await flush();
    c.chat().querySelector('li')!.innerHTML = '<span>Kappa</span>';
    c.chat().querySelector('li')!.textContent = 'Kappa (emote)';
    await flush();
    expect(comments(c.events)).toEqual(['a:Kappa']);
    c.stop();
  });

  it('keeps a gift streak as one event whose count is the latest snapshot', async () => {
    vi.useFakeTimers();
    const c = run(adapter(), '<ul id="chat"></ul>');
    c.chat().insertAdjacentHTML('beforeend', '<li data-author="g"><b>Rose</b> × <i>1</i></li>');
    await flush();
    c.chat().querySelector('i')!.textContent = '5';
    await flush();
    const gifts = c.events.filter((e) => e.kind === 'gift');
    expect(gifts.map((g) => [g.id, g.count])).toEqual([[gifts[0]!.id, 1], [gifts[0]!.id, 5]]);
    c.stop();
  });

  it('skips history inserted above seen rows where the platform back-fills', async () => {
    vi.useFakeTimers();
    const c = run(adapter({ insertedAboveIsHistory: true }), '<ul id="chat"></ul>');
    c.chat().insertAdjacentHTML('beforeend', li('a', 'new'));
    await flush();
    c.chat().insertAdjacentHTML('afterbegin', li('old', 'backfill'));
    c.chat().insertAdjacentHTML('beforeend', li('b', 'newer'));
    await flush();
    expect(comments(c.events)).toEqual(['a:new', 'b:newer']);
    c.stop();
  });

  it('reports broken selectors when no container matches while people watch', async () => {
    vi.useFakeTimers();
    const c = run(adapter(), '<div id="viewers">300</div><div class="renamed-chat"></div>');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(c.health.at(-1)).toBe('no-rows');
    expect(c.health[0]).toBe('waiting');
    c.stop();
  });
});
