import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveCopilotDb } from '../../db/db';
import type { LiveEvent } from '../../events/live-event';
import type { Sender } from '../../messaging/handlers';
import { captureHandlers } from '../capture-handlers';
import { batchProblem, capturedEventProblem, senderProblem } from '../capture-trust';
import { CAPTURE_LIMITS } from '../../capture/limits';

const ME = 'own-extension';
const douyinTab: Sender = { id: ME, url: 'https://live.douyin.com/80017709309', tab: { id: 7 } as Sender['tab'], frameId: 0 };
const ev = (id: string, extra: Partial<LiveEvent> = {}): LiveEvent => ({
  platform: 'douyin', streamKey: 'douyin:80017709309', kind: 'comment', id, ts: 1, author: { name: '小王', role: 'viewer' }, text: '扣1', ...extra,
});
const batch = (events: unknown[], extra: Record<string, unknown> = {}) =>
  ({ roomKey: 'douyin:80017709309', platform: 'douyin', url: 'https://live.douyin.com/80017709309', events, ...extra }) as never;

describe('who may report capture', () => {
  it('only this extension, from a tab whose page the claimed platform reads', () => {
    expect(senderProblem(douyinTab, 'douyin', ME)).toBeNull();
    expect(senderProblem({ ...douyinTab, id: 'another-extension' }, 'douyin', ME)).toMatch(/not sent by this extension/);
    expect(senderProblem({ id: ME, url: `chrome-extension://${ME}/popup.html` }, 'douyin', ME)).toMatch(/not sent from a tab/);
    expect(senderProblem(douyinTab, 'twitch', ME)).toMatch(/live\.douyin\.com page cannot report twitch/);
    expect(senderProblem({ ...douyinTab, url: 'https://evil.example/douyin' }, 'douyin', ME)).toMatch(/cannot report douyin/);
    expect(senderProblem(douyinTab, 'myspace', ME)).toMatch(/unknown platform/);
  });
});

describe('what a capture message may hold', () => {
  it('the batch: shape, a known platform, at most CAPTURE_LIMITS.batch events', () => {
    expect(batchProblem(batch([ev('1')]))).toBeNull();
    expect(batchProblem(null)).toBe('not an object');
    expect(batchProblem(batch([], { platform: 'myspace' }))).toBe('unknown platform');
    expect(batchProblem(batch([], { roomKey: 'x'.repeat(5000) }))).toMatch(/roomKey/);
    expect(batchProblem(batch('nope' as never))).toBe('events is not a list');
    expect(batchProblem(batch(Array.from({ length: 10_000 }, (_, i) => ev(`${i}`))))).toMatch(/10000 events in one message/);
  });

  it('each event: a LiveEvent with every string within the limits', () => {
    expect(capturedEventProblem(ev('1'))).toBeNull();
    expect(capturedEventProblem(ev('1', { text: 'x'.repeat(100_000) }))).toMatch(/text longer than/);
    expect(capturedEventProblem(ev('1', { author: { name: 'n'.repeat(CAPTURE_LIMITS.name + 1), role: 'viewer' } }))).toBe('oversized author');
    expect(capturedEventProblem({ ...ev('1'), platform: 'myspace' })).toMatch(/unknown platform/);
  });
});

describe('bg:capture behind the trust boundary', () => {
  let db: LiveCopilotDb;
  beforeEach(() => void (db = new LiveCopilotDb(`trust-${Math.random()}`)));
  afterEach(() => db.delete());
  const handlers = () => captureHandlers({ db, now: () => 1000, extensionId: ME });

  it('stores nothing from a foreign sender or a page of another platform, and says why', async () => {
    const h = handlers();
    for (const sender of [{ ...douyinTab, id: 'x' }, { ...douyinTab, url: 'https://www.twitch.tv/abc' }]) {
      const ack = await h['bg:capture'](batch([ev('1')]), sender);
      expect(ack).toMatchObject({ streamId: -1, stored: 0 });
      expect(ack.rejected[0]!.reason).toBeTruthy();
    }
    expect(await db.events.count()).toBe(0);
    expect(await db.streams.count()).toBe(0);
  });

  it('a bad row is rejected with its index; its neighbours are stored; HTML stays text', async () => {
    const h = handlers();
    const html = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const ack = await h['bg:capture'](batch([ev('1', { text: html }), ev('2', { text: 'y'.repeat(50_000) }), { ...ev('3'), kind: 'shout' }, ev('4')]), douyinTab);
    expect(ack.stored).toBe(2);
    expect(ack.rejected.map((r) => r.index)).toEqual([1, 2]);
    expect((await db.events.toArray()).map((e) => e.text)).toEqual([html, '扣1']);
  });

  it('health from a foreign sender is ignored; detail is cut to size', async () => {
    const h = handlers();
    await h['bg:health']({ platform: 'douyin', state: 'attached', detail: 'ok' }, { ...douyinTab, id: 'x' });
    expect(await db.tabs.count()).toBe(0);
    await h['bg:health']({ platform: 'douyin', state: 'no-rows', detail: 'd'.repeat(10_000) }, douyinTab);
    expect((await db.tabs.get(7))!.frames['0']!.detail.length).toBe(CAPTURE_LIMITS.detail);
    await h['bg:health']({ platform: 'douyin', state: 'hacked' as never, detail: '' }, douyinTab);
    expect((await db.tabs.get(7))!.frames['0']!.state).toBe('no-rows');
  });
});
