import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRecommender } from '../recommender';
import { reasonText } from '../reasons';
import { DEFAULT_WEIGHTS } from '../weights';
import { CATALOG, comment, pitch, purchase } from './fixtures';

const MIN = 60_000;

describe('ranking', () => {
  it('never recommends a sold-out product, nor one that sells out during the stream, nor the one on now', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom('#1', '#2', '#3', '#4', '#5'), fc.boolean()), { maxLength: 40 }), (acts) => {
      const rec = createRecommender({ catalog: CATALOG });
      rec.push(pitch(0, 'HOOD'));
      acts.forEach(([ref, buy], i) => rec.push(buy ? purchase(1000 + i, `v${i}`, ref) : comment(1000 + i, `v${i}`, `${ref} please`, 'purchase')));
      const skus = rec.rank().map((r) => r.sku);
      expect(skus).not.toContain('TEE');
      expect(skus).not.toContain('HOOD');
      const scarfSold = acts.filter(([ref, buy]) => buy && ref === '#2').length;
      expect(skus.includes('SCARF')).toBe(scarfSold < 3);
    }), { numRuns: 60 });
  });

  it('puts the product the chat asks for first, with reasons quoting the counts', () => {
    const rec = createRecommender({ catalog: CATALOG });
    rec.push(pitch(0, 'HOOD'));
    for (let i = 0; i < 7; i++) rec.push(comment(MIN + i * 1000, `a${i}`, 'how much is #5?', 'ask_price'));
    for (let i = 0; i < 3; i++) rec.push(comment(MIN + 10_000 + i * 1000, `b${i}`, '#5 please', 'purchase'));
    rec.push(comment(MIN + 20_000, 'c0', 'is the cap cotton?', 'ask_spec'));
    const [top, second] = rec.rank(2 * MIN);
    expect(top?.sku).toBe('BEANIE');
    const texts = top?.reasons.map((r) => reasonText(r)) ?? [];
    // 7 askers + the 3 who want it also named it: distinct askers are 7, intents 3.
    expect(texts).toContain('7 viewers asked about it in the last 5 min');
    expect(texts).toContain('3 want to buy it (last 5 min)');
    expect(texts).toContain('not pitched yet in this stream');
    expect(second?.sku).toBe('CAP');
    expect(second?.reasons.map((r) => reasonText(r))).toContain('1 viewer asked about it in the last 5 min');
    expect(reasonText(top?.reasons[0] ?? { key: 'asked', params: {} }, 'zh')).toBe('最近5分钟有7位观众问到它');
  });

  it('says how much stock is left and how long ago a product was pitched', () => {
    const rec = createRecommender({ catalog: CATALOG });
    rec.push(pitch(0, 'SCARF'));
    rec.push(purchase(MIN, 'x', '#2'));
    rec.push(pitch(2 * MIN, 'HOOD'));
    const scarf = rec.rank(42 * MIN).find((r) => r.sku === 'SCARF');
    expect(scarf?.reasons.map((r) => reasonText(r))).toEqual(expect.arrayContaining(['not pitched for 40 min', 'only 2 left']));
  });

  it('holds back a product pitched minutes ago and lifts a seller priority', () => {
    const base = createRecommender({ catalog: CATALOG, priorities: { CAP: 1 }, weights: { ...DEFAULT_WEIGHTS, recency: 1 } });
    base.push(pitch(0, 'BEANIE'));
    base.push(pitch(5 * MIN, 'HOOD'));
    for (const v of ['a', 'b']) base.push(comment(5 * MIN + 1000, v, 'beanie?', 'ask_stock'));
    const r = base.rank(6 * MIN);
    const beanie = r.find((x) => x.sku === 'BEANIE');
    expect(beanie?.parts.recency).toBeLessThan(-0.9);
    expect(r[0]?.sku).toBe('CAP');
    expect(r[0]?.reasons.map((x) => x.key)).toContain('priority');
  });

  it('ranks by what present viewers wanted in past streams when the chat is quiet (history, present, cf)', () => {
    // a-d wanted the scarf; only d (not here today) and e asked about the cap.
    const past = [pitch(0, 'HOOD'), ...['a', 'b', 'c', 'd'].map((v, i) => comment(1000 + i, v, 'scarf please', 'purchase')), comment(3000, 'd', 'the cap?', 'ask_price'), comment(3001, 'e', 'the cap?', 'ask_price')];
    const rec = createRecommender({ catalog: CATALOG, history: [past], weights: { ...DEFAULT_WEIGHTS, present: 1, cf: 0.5 } });
    rec.push(pitch(0, 'HOOD'));
    for (const v of ['a', 'b', 'c']) rec.push({ ...comment(MIN, v, 'hi'), kind: 'join' });
    const top = rec.rank(2 * MIN)[0];
    expect(top?.sku).toBe('SCARF');
    expect(top?.reasons.map((r) => reasonText(r))).toContain('3 viewers here now wanted it in past streams');
  });

  it('puts the history prior and live demand on one scale: past wants lead a quiet chat, a surge today outweighs them', () => {
    // Last week (30 min): a, b and c wanted the scarf while the hoodie was on.
    const past = [pitch(0, 'HOOD'), ...['a', 'b', 'c'].map((v, i) => comment(MIN + i, v, 'scarf please', 'purchase')), { ...comment(30 * MIN, 'z', 'bye'), kind: 'join' as const }];
    const rec = createRecommender({ catalog: CATALOG, history: [past] });
    rec.push(pitch(0, 'HOOD'));
    const quiet = rec.rank(MIN)[0];
    expect(quiet?.sku).toBe('SCARF');
    expect(quiet?.reasons.map((r) => reasonText(r))).toContain('3 viewers asked for it in past streams while another product was on');
    expect(quiet?.reasons.map((r) => reasonText(r, 'zh'))).toContain('以前的直播里，有3位观众在讲别的商品时问过它');
    for (let i = 0; i < 8; i++) rec.push(comment(2 * MIN + i, `u${i}`, 'how much is the cap?', 'ask_price'));
    const r = rec.rank(3 * MIN);
    expect(r[0]?.sku).toBe('CAP');
    expect(r.find((x) => x.sku === 'SCARF')?.parts.history ?? 0).toBeGreaterThan(0);
  });
});
