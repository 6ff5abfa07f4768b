// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCapture } from '../observer';
import type { LiveEvent } from '../../events/live-event';
import { listAdapter } from './list-adapter';

// A platform whose rows inserted above seen ones are history (TikTok): every new row is checked
// against the rows below it. Counted in rowsIn calls (work), not in time.
let calls = 0;
const plain = listAdapter('tiktok');
const adapter = listAdapter('tiktok', {
  rowsIn: (n) => (calls++, plain.rowsIn(n)),
  parseRow: (row) => ({ kind: 'comment', author: { name: 'a', role: 'viewer' }, text: row.textContent ?? '' }),
  insertedAboveIsHistory: true,
});

describe('observer core: a burst of rows added at once', () => {
  afterEach(() => vi.useRealTimers());

  it('emits every row once, with work linear in the burst (history rows above still not sent)', { timeout: 60_000 }, async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<ul id="chat"><li>old</li></ul>';
    const events: LiveEvent[] = [];
    const env = { doc: document, url: () => 'https://example.test/r', now: () => Date.now(), setInterval, clearInterval: (id: unknown) => clearInterval(id as number), setTimeout, MutationObserver };
    const stop = startCapture(adapter, env, { emit: (e) => events.push(e), health: () => {} });
    await vi.advanceTimersByTimeAsync(1100);
    const chat = document.querySelector('#chat')!;
    const n = 3000;
    calls = 0;
    chat.insertAdjacentHTML('beforeend', Array.from({ length: n }, (_, i) => `<li>m${i}</li>`).join(''));
    await vi.advanceTimersByTimeAsync(100);
    expect(events.map((e) => e.text)).toEqual(Array.from({ length: n }, (_, i) => `m${i}`));
    // Checking each row against all the rows below it made n²/2 = 4.5 million calls here.
    expect(calls).toBeLessThan(10 * n);
    // Back-filled above seen rows, in one batch with a new row below: history is not sent, the new row is.
    chat.insertAdjacentHTML('afterbegin', '<li>backfill 1</li><li>backfill 2</li>');
    chat.insertAdjacentHTML('beforeend', '<li>newest</li>');
    await vi.advanceTimersByTimeAsync(100);
    expect(events.slice(n).map((e) => e.text)).toEqual(['newest']);
    stop();
  });
});
