import { describe, expect, it } from 'vitest';
import type { CommentLabels } from '../../ml/labels';
import { createLabelService } from '../label-service';
import type { LabelTier, TierName } from '../tiers';

const lab = (intent: CommentLabels['intent']): CommentLabels => ({ lang: 'en', sentiment: 'neutral', sentimentScore: 0.5, intent, intentScore: 0.5 });

function tier(name: TierName, intent: CommentLabels['intent'], fail = new Set<string>()) {
  const calls: string[][] = [];
  const t: LabelTier = { name, classify: async (texts) => (calls.push(texts), texts.map((x) => (fail.has(x) ? null : lab(intent)))) };
  return { t, calls };
}

describe('label service', () => {
  it('labels a repeated line once: within a call and from the cache afterwards', async () => {
    const acc = tier('accurate', 'purchase');
    const s = createLabelService({ accurate: acc.t });
    const a = await s.classify(['扣1', '扣1', '666', '扣1']);
    expect(a.labels.map((l) => l?.intent)).toEqual(['purchase', 'purchase', 'purchase', 'purchase']);
    await s.classify(['666', 'W']);
    expect(acc.calls).toEqual([['扣1', '666'], ['W']]);
    expect(s.stats().cache).toMatchObject({ hits: 3, misses: 3 });
  });

  it('is bounded in entries and keeps no long lines', async () => {
    const acc = tier('accurate', 'chitchat');
    const s = createLabelService({ accurate: acc.t }, { capacity: 3, maxChars: 5 });
    await s.classify(['a', 'b', 'c', 'd', 'a very long line']);
    expect(s.stats().cache.size).toBe(3);
    await s.classify(['a very long line', 'd']);
    expect(acc.calls[1]).toEqual(['a very long line']);
  });

  it('does not remember failures: the next call asks the model again', async () => {
    const acc = tier('accurate', 'chitchat', new Set(['x']));
    const s = createLabelService({ accurate: acc.t });
    expect((await s.classify(['x'])).labels).toEqual([null]);
    await s.classify(['x']);
    expect(acc.calls).toEqual([['x'], ['x']]);
  });

  it('answers a fast request from the accurate tier when no fast tier is loaded, and says so', async () => {
    const acc = tier('accurate', 'praise');
    const s = createLabelService({ accurate: acc.t });
    expect(await s.classify(['nice'], 'fast')).toEqual({ tier: 'accurate', labels: [lab('praise')] });
    expect(s.stats().tiers).toEqual(['accurate']);
  });

  it('with a fast tier: fast requests may reuse accurate labels, accurate requests never take fast ones', async () => {
    const acc = tier('accurate', 'praise');
    const fast = tier('fast', 'spam');
    const s = createLabelService({ accurate: acc.t, fast: fast.t });
    expect((await s.classify(['hello'], 'fast')).labels[0]?.intent).toBe('spam');
    expect((await s.classify(['hello'], 'accurate')).labels[0]?.intent).toBe('praise');
    expect((await s.classify(['hello'], 'fast'))).toEqual({ tier: 'fast', labels: [lab('praise')] });
    expect(fast.calls).toEqual([['hello']]);
  });
});
