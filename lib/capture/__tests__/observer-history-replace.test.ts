// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCapture } from '../observer';
import type { LiveEvent } from '../../events/live-event';
import { listAdapter } from './list-adapter';

// TikTok back-fills old rows above seen ones and later re-renders its whole list: the back-filled
// rows, re-rendered in the new container, are still history.
const adapter = listAdapter('tiktok', { insertedAboveIsHistory: true, recyclesRows: true });

describe('observer core: history inserted above, then the container is replaced', () => {
  afterEach(() => vi.useRealTimers());

  it('does not emit the back-filled row when the replaced container re-renders it', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<ul id="chat"></ul>';
    const events: LiveEvent[] = [];
    const env = { doc: document, url: () => 'https://example.test/r', now: () => Date.now(), setInterval, clearInterval: (id: unknown) => clearInterval(id as number), setTimeout, MutationObserver };
    const stop = startCapture(adapter, env, { emit: (e) => events.push(e), health: () => {} });
    const chat = () => document.querySelector('#chat')!;
    chat().insertAdjacentHTML('beforeend', '<li data-author="a">new</li>');
    await vi.advanceTimersByTimeAsync(1100);
    chat().insertAdjacentHTML('afterbegin', '<li data-author="old">backfill</li>');
    await vi.advanceTimersByTimeAsync(1100);
    chat().replaceWith(chat().cloneNode(true));
    await vi.advanceTimersByTimeAsync(1100);
    chat().insertAdjacentHTML('beforeend', '<li data-author="b">newer</li>');
    await vi.advanceTimersByTimeAsync(1100);
    expect(events.map((e) => `${e.author?.name}:${e.text}`)).toEqual(['a:new', 'b:newer']);
    stop();
  });
});
