import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '../../catalog/types';
import { answersIn, createAnswerMatcher } from '../match/matcher';
import { FEATURE_NAMES, scoreFeatures } from '../match/features';
import { DEFAULT_MATCH } from '../match/params';
import { fakeEmbed } from './fake-embed';

const entry = (id: string, lang: FaqEntry['lang'], questions: string[], answers: string[], extra: Partial<FaqEntry> = {}): FaqEntry => ({ id, lang, questions, answers, enabled: true, ...extra });

const FAQ: FaqEntry[] = [
  entry('ship-time', 'en', ['How long does shipping take?', 'When will my order arrive?'], ['Orders ship within 2 days and arrive in 3-7 days.']),
  entry('ship-cost', 'en', ['How much is shipping?', 'Is shipping free?'], ['Shipping is $5, free over $60.']),
  entry('price', 'en', ['How much is it?', 'What is the price?'], ['It is $45.']),
  entry('returns-zh', 'zh', ['能退货吗', '支持七天无理由吗'], ['支持7天无理由退换。']),
  entry('payment', 'any', ['What payment methods do you accept?', '怎么付款'], ['We accept cards and PayPal.', '支持信用卡和PayPal。']),
  entry('off', 'en', ['Is there a giveaway?'], ['Yes!'], { enabled: false }),
];

describe('answer matcher', () => {
  it('answers a paraphrase with its entry and a confidence', async () => {
    const m = await createAnswerMatcher(FAQ, fakeEmbed);
    const r = await m.match('how long does shipping take to arrive?');
    expect(r.answer?.id).toBe('ship-time');
    expect(r.answer!.confidence).toBeGreaterThan(0.5);
    expect(r.lang).toBe('en');
  });
  it('does not answer the same topic with a constraint the entry never states', async () => {
    const m = await createAnswerMatcher(FAQ, fakeEmbed);
    const r = await m.match('how long does shipping take on sundays?');
    expect(r.answer).toBeNull();
    expect(r.reason).toBe('unstated-specific');
    expect(r.detail).toBe('sundays');
  });
  it('an entry asking the line own narrow attribute gets the attribute bonus, others do not', async () => {
    // The hand-set path (scorer null) adds a fixed bonus; the learned scorer weighs the same evidence (below).
    const base = await createAnswerMatcher(FAQ, fakeEmbed, { ...DEFAULT_MATCH, scorer: null, attributeBonus: 0 });
    const bonus = await createAnswerMatcher(FAQ, fakeEmbed, { ...DEFAULT_MATCH, scorer: null, attributeBonus: 0.1 });
    const conf = async (m: typeof base, text: string, id: string) => (await m.match(text)).best?.id === id ? (await m.match(text)).best!.confidence : null;
    const a = await conf(base, 'when will my stuff get here', 'ship-time');
    const b = await conf(bonus, 'when will my stuff get here', 'ship-time');
    expect(a).not.toBeNull();
    expect(b!).toBeCloseTo(Math.min(1, a! + 0.1), 5);
  });
  it('the learned scorer: attribute agreement raises an entry, an unstated specific lowers it', async () => {
    const m = await createAnswerMatcher(FAQ, fakeEmbed);
    const f = await m.features('when will my stuff get here?');
    const x = (id: string) => f.pairs.find((p) => p.id === id)!.x;
    const at = (name: (typeof FEATURE_NAMES)[number]) => FEATURE_NAMES.indexOf(name);
    expect(f.gateOk).toBe(true);
    expect(x('ship-time')[at('attrAgree')]).toBe(1);
    expect(x('price')[at('attrOther')]).toBe(1);
    const w = DEFAULT_MATCH.scorer!.en;
    const flip = (v: number[], name: (typeof FEATURE_NAMES)[number], to: number) => v.map((y, i) => (i === at(name) ? to : y));
    expect(scoreFeatures(w, flip(x('ship-time'), 'attrAgree', 1))).toBeGreaterThan(scoreFeatures(w, flip(x('ship-time'), 'attrAgree', 0)));
    expect(scoreFeatures(w, flip(x('ship-time'), 'unstated', 1))).toBeLessThan(scoreFeatures(w, flip(x('ship-time'), 'unstated', 0)));
    const sunday = await m.features('how long does shipping take on sundays?');
    expect(sunday.pairs.find((p) => p.id === 'ship-time')!.x[at('unstated')]).toBe(1);
  });
  it('keeps statements and complaints out', async () => {
    const m = await createAnswerMatcher(FAQ, fakeEmbed);
    expect((await m.match('shipping was fast last time, arrived in 3 days')).reason).toBe('not-question');
    expect((await m.match('my order still hasnt arrived, how long does shipping take??')).reason).toBe('complaint');
  });
  it('answers in the asker language only, from an entry with an answer in it', async () => {
    const m = await createAnswerMatcher(FAQ, fakeEmbed);
    const zh = await m.match('可以退货吗');
    expect(zh.lang).toBe('zh');
    expect(zh.answer?.id).toBe('returns-zh');
    expect(answersIn(FAQ[4]!, 'zh')).toEqual(['支持信用卡和PayPal。']);
    expect(answersIn(FAQ[4]!, 'en')).toEqual(['We accept cards and PayPal.']);
    expect(answersIn(FAQ[3]!, 'en')).toEqual([]);
  });
  it('never answers from a disabled entry', async () => {
    const m = await createAnswerMatcher(FAQ, fakeEmbed);
    expect((await m.match('is there a giveaway?')).answer).toBeNull();
  });
  it('honours per-entry thresholds, keywords and regex', async () => {
    const q = 'when will my package arrive?';
    const c = (await (await createAnswerMatcher(FAQ, fakeEmbed)).match(q)).answer!;
    expect(c.id).toBe('ship-time');
    expect(c.confidence).toBeLessThan(1);
    const strict = FAQ.map((e) => (e.id === 'ship-time' ? { ...e, threshold: c.confidence + 0.001 } : e));
    expect((await (await createAnswerMatcher(strict, fakeEmbed)).match(q)).answer?.id).not.toBe('ship-time');
    const kw = [entry('giveaway', 'en', ['When is the giveaway?'], ['At the end of the stream.'], { keywords: ['raffle'] })];
    const k = await (await createAnswerMatcher(kw, fakeEmbed)).match('how do i get into the raffle?');
    expect(k.answer?.method).toBe('keyword');
    const rx = [entry('cmd', 'en', ['What are the rules?'], ['Be kind.'], { regex: '^!rules$' })];
    const r = await (await createAnswerMatcher(rx, fakeEmbed)).match('!rules');
    expect(r.answer).toMatchObject({ id: 'cmd', method: 'regex', confidence: 1 });
  });
  it('ignores an invalid stored regex and works without an embedder', async () => {
    const bad = [entry('x', 'en', ['How long does shipping take?'], ['3-7 days.'], { regex: '([' })];
    const r = await (await createAnswerMatcher(bad)).match('how long does shipping take?');
    expect(r.answer?.id).toBe('x');
  });
});
