import { describe, expect, it } from 'vitest';
import { INTENTS, SENTIMENTS } from '../../ml/labels';
import { summarizeLog } from '../summarize';
import { CATALOG, comment, ev, HAND_LOG, HAND_QUESTIONS, lab, s, T0, viewers } from './fixtures';

const summary = (log = HAND_LOG, o: Parameters<typeof summarizeLog>[1] = { catalog: CATALOG, questions: HAND_QUESTIONS }) => summarizeLog(log, o).summary;

describe('summary metrics on a hand-made stream (formats.md)', () => {
  const m = summary();

  it('duration is last ts − first ts', () => {
    expect(m.durationMs).toBe(180_000);
  });

  it('viewers: peak, and the time-weighted average (each reading holds until the next, up to the last event)', () => {
    // 100 for 60 s, 300 for 60 s, 200 for 60 s.
    expect(m.viewers).toEqual({ peak: 300, avg: 200 });
  });

  it('comments count comment + superchat events, deleted ones excluded; commenters by name', () => {
    expect(m.comments).toEqual({ total: 4, perMinute: 4 / 3, uniqueCommenters: 2 });
    expect(m.interactionRate).toBe(2 / 300);
  });

  it('counts likes, gifts (a streak re-sent is one gift), purchases, joins, follows', () => {
    expect([m.likes, m.gifts, m.purchases, m.joins, m.follows]).toEqual([2, 1, 1, 1, 1]);
  });

  it('sentiment and intent mix: fractions of labelled comments, every class a key, summing to 1', () => {
    expect(m.sentimentMix).toEqual({ negative: 0, neutral: 0.5, positive: 0.5 });
    expect(Object.keys(m.intentMix)).toEqual([...INTENTS]);
    expect(m.intentMix).toMatchObject({ greeting: 0.25, ask_price: 0.5, purchase: 0.25, spam: 0 });
    expect(Object.values(m.intentMix).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('questions: the grouping, most asked first, answered or not', () => {
    expect(m.questions).toEqual([
      { group: 'c2', text: 'how much is the hoodie?', count: 1, askers: 1, firstTs: s(20), answered: false },
      { group: 'c5', text: '#2 how much', count: 1, askers: 1, firstTs: s(150), answered: true },
    ]);
  });

  it('products: mentions, questions, purchase signals, during and outside the pitch, pitched time', () => {
    expect(m.products).toEqual([
      // c2 names the hoodie before its pitch; c3 names it during; c3 (purchase intent) and pu1 (purchase event) are purchase signals during.
      { sku: 'HOOD', mentions: 2, questions: 1, purchaseSignals: 2, pitchedMs: 120_000, duringPitch: { mentions: 1, questions: 0, purchaseSignals: 2 } },
      { sku: 'MUG', mentions: 1, questions: 1, purchaseSignals: 0, pitchedMs: 0, duringPitch: { mentions: 0, questions: 0, purchaseSignals: 0 } },
    ]);
  });

  it('moments: the peak, the spike into it and the drop after, attributed to the pitched product', () => {
    expect(m.moments).toEqual([
      { ts: s(60), kind: 'viewer_peak', value: 300, pitching: 'HOOD' },
      { ts: s(60), kind: 'viewer_spike', value: 200, pitching: 'HOOD' },
      { ts: s(120), kind: 'viewer_drop', value: -100, pitching: 'HOOD' },
    ]);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });
});

describe('edge cases', () => {
  it('a stream without viewer readings: viewers and interaction rate are null, no viewer moments', () => {
    const m = summary(HAND_LOG.filter((e) => e.kind !== 'viewers'));
    expect(m.viewers).toEqual({ peak: null, avg: null });
    expect(m.interactionRate).toBeNull();
    expect(m.moments.filter((x) => x.kind.startsWith('viewer'))).toEqual([]);
    expect(m.durationMs).toBe(170_000);
  });

  it('a stream with one event', () => {
    const m = summary([comment('only', 5, 'amy', 'hello', lab('positive', 'greeting'))], {});
    expect(m.durationMs).toBe(0);
    expect(m.comments).toEqual({ total: 1, perMinute: null, uniqueCommenters: 1 });
    expect(m.viewers).toEqual({ peak: null, avg: null });
    expect(m.sentimentMix).toEqual({ negative: 0, neutral: 0, positive: 1 });
    expect(m.products).toEqual([]);
    expect(m.moments).toEqual([]);
  });

  it('a stream with one viewer reading: the average is that reading', () => {
    const m = summary([viewers('v', 0, 42)], {});
    expect(m.viewers).toEqual({ peak: 42, avg: 42 });
    expect(m.interactionRate).toBe(0);
  });

  it('an empty log', () => {
    const m = summary([], {});
    expect(m.durationMs).toBe(0);
    expect(m.comments).toEqual({ total: 0, perMinute: null, uniqueCommenters: 0 });
    expect(m.sentimentMix).toEqual(Object.fromEntries(SENTIMENTS.map((k) => [k, 0])));
  });

  it('a deletion that arrives before its comment still removes it; deleting twice removes once', () => {
    const log = [
      ev('deletion', 'd0', 1, undefined, { targetId: 'late' }),
      comment('a', 2, 'amy', 'ok', lab('neutral', 'chitchat')),
      comment('late', 3, 'bob', 'rude', lab('negative', 'complaint')),
      ev('deletion', 'd1', 4, undefined, { targetId: 'a' }),
      ev('deletion', 'd2', 5, undefined, { targetId: 'a' }),
    ];
    const m = summary(log, {});
    expect(m.comments).toEqual({ total: 0, perMinute: 0, uniqueCommenters: 0 });
    expect(m.sentimentMix.negative).toBe(0);
  });

  it('a deleted first comment does not count towards the duration', () => {
    const log = [comment('a', 0, 'amy', 'spam', lab('negative', 'spam')), comment('b', 30, 'bob', 'hi', lab('positive', 'greeting')), ev('deletion', 'd', 90, undefined, { targetId: 'a' })];
    expect(summary(log, {}).durationMs).toBe(60_000);
  });

  it('a commenter whose only comment is deleted is not a commenter', () => {
    const log = [comment('a', 0, 'amy', 'x', lab('neutral', 'chitchat')), comment('b', 1, 'amy', 'y'), ev('deletion', 'd', 2, undefined, { targetId: 'a' }), comment('c', 3, 'bob', 'z'), ev('deletion', 'e', 4, undefined, { targetId: 'c' })];
    const m = summary(log, {});
    expect(m.comments.uniqueCommenters).toBe(1);
    // Only labelled comments make up the mix: the remaining one has no labels.
    expect(m.sentimentMix).toEqual({ negative: 0, neutral: 0, positive: 0 });
  });

  it('gift streaks: one event however often its growing count is re-sent; distinct streaks count apart', () => {
    const log = [1, 2, 3, 4].map((n) => ev('gift', 'streak-1', n, 'carl', { gift: 'Rose', count: n * 5 }));
    log.push(ev('gift', 'streak-2', 9, 'carl', { gift: 'Rose', count: 1 }));
    expect(summary(log, {}).gifts).toBe(2);
  });

  it('a deleted question leaves its group; the group text falls to the next question', () => {
    const log = [comment('q1', 0, 'amy', 'size of hoodie?', lab('neutral', 'ask_spec')), comment('q2', 10, 'bob', 'hoodie sizes?', lab('neutral', 'ask_spec')), ev('deletion', 'd', 20, undefined, { targetId: 'q1' })];
    const questions = {
      groups: [{ id: 'q1', text: 'size of hoodie?', sku: 'HOOD', count: 2, askerCount: 2, firstTs: s(0), answered: false }],
      members: [{ eventId: 'q1', groupId: 'q1', ts: s(0), author: 'amy' }, { eventId: 'q2', groupId: 'q1', ts: s(10), author: 'bob' }],
    };
    const m = summary(log, { catalog: CATALOG, questions });
    expect(m.questions).toEqual([{ group: 'q1', text: 'hoodie sizes?', count: 1, askers: 1, firstTs: s(10), answered: false }]);
    expect(m.products[0]).toMatchObject({ sku: 'HOOD', questions: 1, mentions: 1 });
  });

  it('the host’s own lines are not demand; a pitch marker beats a product event at the same instant', () => {
    const log = [
      ev('product', 'p', 0, undefined, { product: { ref: '#2' }, pitch: { sku: 'HOOD' } }),
      { ...comment('h', 5, 'host', 'the Glaze Mug is next'), author: { name: 'host', role: 'owner' as const } },
      comment('c', 10, 'amy', 'this one please', lab('positive', 'purchase')),
      ev('product', 'stop', 40, undefined, { pitch: { sku: null } }),
      comment('d', 60, 'amy', 'bye', lab('neutral', 'greeting')),
    ];
    const m = summary(log, { catalog: CATALOG });
    expect(m.products).toEqual([{ sku: 'HOOD', mentions: 1, questions: 0, purchaseSignals: 1, pitchedMs: 40_000, duringPitch: { mentions: 1, questions: 0, purchaseSignals: 1 } }]);
  });

  it('without a catalog no product is listed', () => {
    expect(summary(HAND_LOG, { questions: HAND_QUESTIONS }).products).toEqual([]);
  });

  it('a mood swing: a run of happy minutes, then an angry one', () => {
    const log = [];
    for (let m = 0; m < 6; m++) for (let k = 0; k < 6; k++) log.push(comment(`p${m}-${k}`, m * 60 + k, `v${k}`, 'love it', lab('positive', 'praise')));
    for (let k = 0; k < 6; k++) log.push(comment(`n${k}`, 6 * 60 + k, `v${k}`, 'this is broken', lab('negative', 'complaint')));
    const moments = summary(log, {}).moments;
    expect(moments).toEqual([{ ts: T0 + 6 * 60_000, kind: 'mood_swing', value: -2, pitching: null }]);
  });

  it('a noisy but steady audience has no viewer moments', () => {
    const log = Array.from({ length: 30 }, (_v, i) => viewers(`v${i}`, i * 30, 1000 + ((i * 37) % 60)));
    expect(summary(log, {}).moments.filter((x) => x.kind !== 'viewer_peak')).toEqual([]);
  });
});
