import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../ml/labels';
import { simulateShop } from '..';

const TOPIC_INTENT: Record<string, string> = {
  price: 'ask_price', size: 'ask_spec', colour: 'ask_spec', material: 'ask_spec', fit: 'ask_spec', stock: 'ask_stock',
  shipping_time: 'ask_shipping', shipping_cost: 'ask_shipping', international: 'ask_shipping',
  returns: 'other_question', payment: 'other_question', authenticity: 'other_question', discount: 'other_question', next_live: 'other_question',
};

// Simulations run inside these tests: a generous limit, as a loaded machine can be 10× slower.
describe.each(['en', 'zh'] as const)('ground truth (%s)', { timeout: 60_000 }, (lang) => {
  const r = simulateShop({ lang, minutes: 15, seed: 5, streams: 3 });
  const skus = new Set(r.catalog.map((p) => p.sku));

  it('has one truth line per chat line, same id and time, and a valid intent', () => {
    for (const { events, truth } of r.streams) {
      const chat = events.filter((e) => e.kind === 'comment');
      expect(truth.comments.map((c) => [c.id, c.ts])).toEqual(chat.map((e) => [e.id, e.ts]));
      const byId = new Map(chat.map((e) => [e.id, e]));
      // Collected, then asserted once: thousands of expect() calls would make the suite slow.
      const bad = truth.comments.filter((c) => {
        const e = byId.get(c.id);
        return !(INTENTS as readonly string[]).includes(c.intent) || e?.author?.id !== c.viewer || e.author.role !== c.role || (c.sku !== null && !skus.has(c.sku));
      });
      expect(bad).toEqual([]);
    }
  });

  it('keys each question by product or shop and topic, with the intent of its topic', () => {
    const questions = r.streams.flatMap((s) => s.truth.comments.filter((c) => c.question));
    expect(questions.length).toBeGreaterThan(100);
    for (const q of questions) {
      expect(q.role).toBe('viewer');
      expect(q.intent).toBe(TOPIC_INTENT[q.topic ?? '']);
      const [owner, topic, variant] = (q.question as string).split(':');
      expect(topic).toBe(q.topic);
      expect(owner).toBe(q.sku ?? 'shop');
      expect(variant).toBe(q.variant);
    }
    // Paraphrases: one key is asked in several different wordings.
    const wordings = new Map<string, Set<string>>();
    for (const { events, truth } of r.streams) {
      const text = new Map(events.map((e) => [e.id, e.text]));
      for (const q of truth.comments) if (q.question) wordings.set(q.question, (wordings.get(q.question) ?? new Set()).add(text.get(q.id) ?? ''));
    }
    expect(Math.max(...[...wordings.values()].map((w) => w.size))).toBeGreaterThanOrEqual(5);
  });

  it('says deictic only of lines about the product being pitched', () => {
    for (const { truth } of r.streams) {
      for (const c of truth.comments.filter((x) => x.deictic)) {
        const seg = truth.segments.find((s) => s.start <= c.ts && c.ts < s.end);
        expect(seg?.sku).toBe(c.sku);
      }
      expect(truth.comments.some((c) => c.deictic)).toBe(true);
    }
  });

  it('matches purchases to purchase events, in stock, and flags those during the pitch', () => {
    for (const { events, truth } of r.streams) {
      const buys = events.filter((e) => e.kind === 'purchase');
      expect(truth.purchases.map((p) => p.id)).toEqual(buys.map((e) => e.id));
      for (const p of truth.purchases) {
        const e = buys.find((b) => b.id === p.id);
        const product = r.catalog.find((c) => c.sku === p.sku);
        expect(e?.product?.ref).toBe(`#${product?.number}`);
        expect(e?.author?.id).toBe(p.viewer);
        expect(product?.stock).not.toBe(0);
        const seg = truth.segments.find((s) => s.start <= p.ts && p.ts < s.end);
        if (p.duringPitch) expect(seg?.sku).toBe(p.sku);
        const v = truth.viewers.find((x) => x.id === p.viewer);
        expect(v?.bought).toContain(p.sku);
      }
      const perSku = new Map<string, number>();
      for (const p of truth.purchases) perSku.set(p.sku, (perSku.get(p.sku) ?? 0) + 1);
      for (const [sku, n] of perSku) {
        const stock = r.catalog.find((c) => c.sku === sku)?.stock;
        if (stock !== undefined) expect(n).toBeLessThanOrEqual(stock);
      }
    }
  });

  it('has host and moderator replies that answer earlier open questions with the same key, stating catalog or FAQ facts', () => {
    let replies = 0;
    for (const { events, truth } of r.streams) {
      const byId = new Map(truth.comments.map((c) => [c.id, c]));
      const text = new Map(events.map((e) => [e.id, e.text ?? '']));
      for (const c of truth.comments.filter((x) => x.answers)) {
        replies++;
        expect(['owner', 'moderator']).toContain(c.role);
        for (const id of c.answers ?? []) {
          const q = byId.get(id);
          expect(q?.question).toBe(c.answersKey);
          expect(q!.ts).toBeLessThan(c.ts);
        }
        const t = text.get(c.id) ?? '';
        if (c.faq) {
          const entry = r.faq.find((f) => f.id === c.faq);
          expect(entry?.answers.some((a) => t.includes(a))).toBe(true);
        } else if (c.answersKey?.endsWith(':price')) {
          const p = r.catalog.find((x) => x.sku === c.sku);
          expect(t).toContain(String(Math.trunc(p?.price ?? NaN)));
        }
      }
    }
    expect(replies).toBeGreaterThan(10);
  });

  it('has viewers re-ask their own unanswered questions in new words, with the same key', () => {
    let reasks = 0;
    for (const { events, truth } of r.streams) {
      const text = new Map(events.map((e) => [e.id, e.text]));
      truth.comments.forEach((c, i) => {
        if (!c.reaskOf) return;
        reasks++;
        const earlier = truth.comments.slice(0, i);
        const first = earlier.find((x) => x.id === c.reaskOf);
        expect(first?.viewer).toBe(c.viewer);
        expect(first?.question).toBe(c.question);
        expect(c.ts - first!.ts).toBeGreaterThanOrEqual(30_000);
        // Nobody answered it in between.
        expect(earlier.filter((x) => x.ts > first!.ts && x.answers?.includes(first!.id))).toEqual([]);
        expect(text.get(c.id)).not.toBe(undefined);
      });
    }
    expect(reasks).toBeGreaterThan(0);
  });

  it('deletes only spam, after it was said, by the moderator, and marks it in the truth', () => {
    let deletions = 0;
    for (const { events, truth } of r.streams) {
      const byId = new Map(truth.comments.map((c) => [c.id, c]));
      for (const e of events.filter((x) => x.kind === 'deletion')) {
        deletions++;
        const c = byId.get(e.targetId ?? '');
        expect(c?.intent).toBe('spam');
        expect(c?.deleted).toBe(true);
        expect(c!.ts).toBeLessThan(e.ts);
        expect(e.author?.role).toBe('moderator');
      }
      const marked = truth.comments.filter((c) => c.deleted && c.ts < truth.end - 15_000).length;
      expect(events.filter((x) => x.kind === 'deletion').length).toBeGreaterThanOrEqual(marked);
    }
    expect(deletions).toBeGreaterThan(0);
  });

  it('lists every viewer who spoke or bought, with interests for every sku and sessions inside the stream', () => {
    for (const { truth } of r.streams) {
      const ids = new Set(truth.viewers.map((v) => v.id));
      expect(truth.comments.filter((c) => c.role === 'viewer' && !ids.has(c.viewer))).toEqual([]);
      const all = [...skus].sort().join();
      const bad = truth.viewers.filter(
        (v) => Object.keys(v.interests).sort().join() !== all || !v.sessions.length || v.sessions.some(([a, b]) => a < truth.start || b > truth.end || b < a),
      );
      expect(bad).toEqual([]);
    }
  });

  it('brings returning viewers back with the same name, id and interests', () => {
    const seen = new Map<string, (typeof r.streams)[number]['truth']['viewers'][number]>();
    let returning = 0;
    r.streams.forEach(({ truth }, k) => {
      for (const v of truth.viewers) {
        const before = seen.get(v.id);
        expect(v.returning).toBe(before !== undefined);
        if (before) {
          returning++;
          expect(v.name).toBe(before.name);
          expect(v.interests).toEqual(before.interests);
          expect(v.tags).toEqual(before.tags);
          expect(v.firstStream).toBe(before.firstStream);
        } else expect(v.firstStream).toBe(k);
      }
      for (const v of truth.viewers) if (!seen.has(v.id)) seen.set(v.id, v);
    });
    expect(returning).toBeGreaterThan(50);
  });
});

describe('any catalog', { timeout: 60_000 }, () => {
  it('works with products lacking numbers, prices and stock, and an empty FAQ, leaving no placeholder unfilled', () => {
    const catalog = [
      { sku: 'A', title: 'Plain Mug', aliases: ['mug'], sizes: [], colours: [], tags: ['home'] },
      { sku: 'B', title: 'Wool Socks', aliases: [], sizes: ['M'], colours: ['red', 'blue'], tags: ['home', 'winter'], price: 5 },
    ];
    for (const lang of ['en', 'zh'] as const) {
      const r = simulateShop({ lang, minutes: 8, seed: 3, catalog, faq: [], shop: 'tiny' });
      const { events, truth } = r.streams[0]!;
      expect(events.filter((e) => /\{\w+\}/.test(e.text ?? ''))).toEqual([]);
      expect(events.filter((e) => e.kind === 'product' && e.product).every((e) => e.product?.ref === 'Plain Mug' || e.product?.ref === 'Wool Socks')).toBe(true);
      expect(truth.comments.filter((c) => c.faq)).toEqual([]);
      expect(events[0]?.streamKey).toMatch(lang === 'en' ? /^tiktok:tiny$/ : /^douyin:\d+$/);
    }
  });

  it('leaves no placeholder unfilled in the demo shops', () => {
    for (const lang of ['en', 'zh'] as const) {
      const events = simulateShop({ lang, minutes: 20, seed: 12, streams: 2 }).streams.flatMap((s) => s.events);
      expect(events.filter((e) => /\{\w+\}/.test(e.text ?? '')).map((e) => e.text)).toEqual([]);
    }
  });
});
