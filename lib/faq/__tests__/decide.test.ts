import { describe, expect, it } from 'vitest';
import { approveCheck, decide, type DecideContext } from '../decide';
import type { MatchOutcome } from '../match/matcher';
import { DEFAULT_BANNED_WORDS, parseBannedList } from '../safety/banned-words';
import { DEFAULT_LIMITS } from '../safety/limiter';

const entry = { id: 'ship', lang: 'en' as const, questions: ['how long does shipping take'], answers: ['Ships in 2 days.'], enabled: true };
const hit: MatchOutcome = { lang: 'en', best: null, answer: { id: 'ship', confidence: 0.8123, method: 'semantic', question: 'how long does shipping take', entry }, reason: null };
const NOW = 1_700_000_000_000;
const ctx = (p: Partial<DecideContext> = {}): DecideContext => ({
  mode: 'auto', now: NOW, rules: { bots: [], selfNames: [] }, banned: parseBannedList(DEFAULT_BANNED_WORDS), killSwitch: false,
  maxAgeMs: 60_000, variant: 0, recent: [], history: [], limits: DEFAULT_LIMITS, ...p,
});
const comment = { streamId: 1, eventId: 'e1', platform: 'twitch' as const, ts: NOW - 1000, text: 'how long does shipping take?', author: { name: 'amy', role: 'viewer' as const } };

describe('decide', () => {
  it('logs nothing for a line no entry answers', () => {
    expect(decide(comment, { ...hit, answer: null, reason: 'below-threshold' }, ctx())).toBeNull();
  });
  it('queues an auto reply with its score and mention', () => {
    expect(decide(comment, hit, ctx())).toMatchObject({ status: 'queued', faqId: 'ship', score: 0.812, reply: '@amy Ships in 2 days.', asker: 'amy', variant: 0 });
  });
  it('suggests or waits for approval in the other modes', () => {
    expect(decide(comment, hit, ctx({ mode: 'suggest' }))?.status).toBe('suggested');
    expect(decide(comment, hit, ctx({ mode: 'approve' }))?.status).toBe('pending');
  });
  it('holds back with a reason: kill switch, stale, banned word, repeat, cooldown', () => {
    expect(decide(comment, hit, ctx({ killSwitch: true }))).toMatchObject({ status: 'suppressed', reason: 'kill-switch' });
    expect(decide({ ...comment, ts: NOW - 120_000 }, hit, ctx())).toMatchObject({ reason: 'stale' });
    const banned = { ...hit, answer: { ...hit.answer!, entry: { ...entry, lang: 'zh' as const, answers: ['最快的发货，全网第一'] } }, lang: 'zh' as const };
    expect(decide(comment, banned, ctx())).toMatchObject({ status: 'suppressed', reason: 'banned-word', detail: '第一' });
    expect(decide(comment, hit, ctx({ recent: ['@amy Ships in 2 days.', '@amy Hi! Ships in 2 days.', '@amy Good question! Ships in 2 days.', '@amy Sure! Ships in 2 days.', '@amy Thanks for asking! Ships in 2 days.', '@amy Ships in 2 days. 😊', '@amy Hi! Ships in 2 days. 😊'] }))?.reply).toBe('@amy Good question! Ships in 2 days. 😊');
    const history = [{ ts: NOW - 10_000, streamId: 1, platform: 'twitch' as const, asker: 'bo', entryId: 'ship' }];
    expect(decide(comment, hit, ctx({ history }))).toMatchObject({ status: 'suppressed', reason: 'entry-cooldown' });
  });
  it('checks an approved reply again at click time', () => {
    const d = decide(comment, hit, ctx({ mode: 'approve' }))!;
    expect(approveCheck(d, ctx())).toEqual({ ok: true });
    expect(approveCheck(d, ctx({ killSwitch: true }))).toMatchObject({ ok: false, reason: 'kill-switch' });
    expect(approveCheck({ ...d, reply: '@amy 全网最低' }, ctx())).toMatchObject({ ok: false, reason: 'banned-word' });
  });
});
