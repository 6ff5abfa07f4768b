import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveCopilotDb } from '../../db/db';
import type { StoredEvent } from '../../db/schema';
import type { CommentLabels } from '../../ml/labels';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/settings';
import { createAutoAnswer } from '../worker/auto-answer';
import type { StreamChat } from '../worker/sender';
import { fakeEmbed } from './fake-embed';

const FAQ = [
  { id: 'ship', lang: 'en' as const, questions: ['How long does shipping take?', 'When will my order arrive?'], answers: ['Ships in 2 days.', 'Out the door in 2 days.'], enabled: true },
  { id: 'ship-zh', lang: 'zh' as const, questions: ['多久发货'], answers: ['两天内发货。'], enabled: true },
  { id: 'best', lang: 'en' as const, questions: ['Is it any good?'], answers: ['It is a miracle cream.'], enabled: true },
];
const ask: CommentLabels = { lang: 'en', sentiment: 'neutral', sentimentScore: 0.9, intent: 'ask_shipping', intentScore: 0.95 };

let db: LiveCopilotDb;
let now = 1_700_000_000_000;
let settings: Settings;
let seq = 0;
const ev = (id: string, text: string, name: string, role: 'viewer' | 'owner' = 'viewer'): StoredEvent =>
  ({ streamId: 1, seq: seq++, platform: 'twitch', streamKey: 'twitch:x', kind: 'comment', id, ts: now, author: { name, role }, text, labels: ask });

function chat(): StreamChat & { sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    send: vi.fn(async (_s: number, text: string) => {
      sent.push(text);
      return { state: 'confirmed' as const, author: 'my_shop' };
    }),
    insert: vi.fn(async () => ({ state: 'inserted' as const })),
  };
}

beforeEach(async () => {
  db = new LiveCopilotDb(`faq-${Math.random()}`);
  await db.faqEntries.bulkAdd(FAQ);
  await db.streams.add({ id: 1, roomKey: 'twitch:x', platform: 'twitch', url: 'u', startedAt: 0, lastEventAt: 0, eventCount: 0, commentCount: 0 });
  settings = { ...DEFAULT_SETTINGS, faqMode: 'auto' };
});
afterEach(async () => {
  await db.delete();
});

const make = (c: StreamChat, markAnswered = vi.fn(async () => {})) =>
  ({ faq: createAutoAnswer({ db, embed: fakeEmbed, now: () => now, chat: c, settings: async () => settings, markAnswered }), markAnswered });
const settle = async (n: number) => {
  for (let i = 0; i < 50 && (await db.faqLog.filter((r) => r.status === 'queued' || r.status === 'sent').count()) > 0; i++) await new Promise((r) => setTimeout(r, 10));
  return db.faqLog.orderBy('id').toArray().then((rows) => rows.slice(-n));
};

describe('worker FAQ auto-answer', () => {
  it('auto mode: answers in the asker language, confirms, learns its own name and marks the question answered', async () => {
    const c = chat();
    const { faq, markAnswered } = make(c);
    await faq.onLabelled(1, [ev('a', 'how long does shipping take?', 'amy'), ev('b', '多久发货呀', '小红')]);
    // The second matching question comes inside the global cooldown: held back, with its reason.
    const [a, b] = await settle(2);
    expect(a).toMatchObject({ eventId: 'a', faqId: 'ship', status: 'confirmed', reply: '@amy Ships in 2 days.' });
    expect(b).toMatchObject({ eventId: 'b', faqId: 'ship-zh', status: 'suppressed', reason: 'global-cooldown' });
    expect(c.sent).toEqual(['@amy Ships in 2 days.']);
    expect((await db.streams.get(1))?.faqSelf).toEqual(['my_shop']);
    expect(markAnswered).toHaveBeenCalledWith(1, 'a', 'ship', now);
    now += 10_000;
    await faq.onLabelled(1, [ev('c', '多久发货呀', '小红'), ev('d', 'thanks! ships in 2 days', 'my_shop')]);
    const [c2, self] = await settle(2);
    expect(c2).toMatchObject({ eventId: 'c', status: 'confirmed', reply: '@小红 两天内发货。' });
    // Its own reply coming back in chat is never answered.
    expect(self).toMatchObject({ eventId: 'd', status: 'suppressed', reason: 'self' });
  });

  it('a second asker inside the entry cooldown gets nothing; the host is never answered', async () => {
    const c = chat();
    const { faq } = make(c);
    await faq.onLabelled(1, [ev('a', 'how long does shipping take?', 'amy')]);
    now += 6_000;
    await faq.onLabelled(1, [ev('b', 'when will my order arrive?', 'bo'), ev('h', 'how long does shipping take?', 'host', 'owner')]);
    const rows = await settle(3);
    expect(rows.map((r) => [r.eventId, r.status, r.reason])).toEqual([['a', 'confirmed', undefined], ['b', 'suppressed', 'entry-cooldown'], ['h', 'suppressed', 'host']]);
    expect(c.sent).toHaveLength(1);
  });

  it('the kill switch and the banned words stop sends; suggest mode only suggests', async () => {
    const c = chat();
    const { faq } = make(c);
    settings = { ...settings, faqKillSwitch: true };
    await faq.onLabelled(1, [ev('a', 'how long does shipping take?', 'amy')]);
    settings = { ...settings, faqKillSwitch: false };
    now += 60_000;
    await faq.onLabelled(1, [ev('b', 'is it any good?', 'bo')]);
    settings = { ...settings, faqMode: 'suggest' };
    now += 60_000;
    await faq.onLabelled(1, [ev('c', 'when will my order arrive?', 'cy')]);
    const rows = await settle(3);
    expect(rows.map((r) => [r.status, r.reason ?? null, r.detail ?? null])).toEqual([['suppressed', 'kill-switch', null], ['suppressed', 'banned-word', 'miracle'], ['suggested', null, null]]);
    expect(c.sent).toEqual([]);
  });

  it('approve mode waits for the click, then sends if still allowed', async () => {
    const c = chat();
    const { faq } = make(c);
    await db.streams.update(1, { faqMode: 'approve' });
    await faq.onLabelled(1, [ev('a', 'how long does shipping take?', 'amy')]);
    const [p] = await settle(1);
    expect(p).toMatchObject({ status: 'pending' });
    expect(c.sent).toEqual([]);
    await faq.approve(p!.id!);
    expect((await settle(1))[0]).toMatchObject({ status: 'confirmed' });
    expect(c.sent).toEqual(['@amy Ships in 2 days.']);
    await faq.onLabelled(1, [ev('b', 'how long does shipping take?', 'bo')]);
    const [q] = await settle(1);
    await faq.approve(q!.id!);
    expect((await db.faqLog.get(q!.id!))).toMatchObject({ status: 'pending', reason: 'global-cooldown' });
    await faq.dismiss(q!.id!);
    expect((await db.faqLog.get(q!.id!))?.status).toBe('dismissed');
  });

  it('records a send that never showed up as failed, with why', async () => {
    const c: StreamChat = { send: async () => ({ state: 'failed', detail: 'not seen in chat within 10 s' }), insert: async () => ({ state: 'inserted' }) };
    const { faq, markAnswered } = make(c);
    await faq.onLabelled(1, [ev('a', 'how long does shipping take?', 'amy')]);
    expect((await settle(1))[0]).toMatchObject({ status: 'failed', detail: 'not seen in chat within 10 s' });
    expect(markAnswered).not.toHaveBeenCalled();
  });
});
