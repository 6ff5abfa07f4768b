/**
 * The offscreen document's labelling front: a bounded text → labels cache for the lines chat repeats
 * all the time ("666", "扣1", "W", emotes), repeats within one call labelled once, and the tier the
 * caller asked for (or 'accurate' when no fast tier is loaded). Labels depend on the text alone,
 * so a cached answer is exactly what the tier would say again.
 */
import type { CommentLabels } from '../ml/labels';
import { Lru } from './lru';
import type { LabelTier, TieredLabels, TierName } from './tiers';

export interface LabelCacheOptions {
  /** Distinct texts kept per tier. */
  capacity: number;
  /** Longer texts are labelled but not kept: long lines rarely repeat, and this bounds memory. */
  maxChars: number;
}

/** 5,000 lines of ≤ 64 characters: well under 1 MB, and chat's repeats are short. */
export const DEFAULT_LABEL_CACHE: LabelCacheOptions = { capacity: 5000, maxChars: 64 };

export interface LabelServiceStats {
  tiers: TierName[];
  /** hits: texts answered without the models (cached, or repeated within a call); misses: texts labelled. */
  cache: { size: number; capacity: number; hits: number; misses: number };
}

export interface LabelService {
  classify(texts: string[], want?: TierName): Promise<TieredLabels>;
  stats(): LabelServiceStats;
}

/**
 * `tiers`: what this context runs. The fast model worker runs the student alone (no `accurate`):
 * then every request is the student's, and the document routes refining elsewhere.
 */
export function createLabelService(tiers: Partial<Record<TierName, LabelTier>>, opts: LabelCacheOptions = DEFAULT_LABEL_CACHE): LabelService {
  const caches: Record<TierName, Lru<string, CommentLabels>> = { accurate: new Lru(opts.capacity), fast: new Lru(opts.capacity) };
  let hits = 0;
  let misses = 0;

  // A fast request may use what the accurate tier already said; an accurate one never takes a fast label.
  const lookup = (text: string, tier: TierName): CommentLabels | undefined =>
    tier === 'fast' ? (caches.accurate.get(text) ?? caches.fast.get(text)) : caches.accurate.get(text);

  return {
    async classify(texts, want = 'accurate') {
      const tier = tiers[want] ?? tiers.accurate ?? tiers.fast;
      if (!tier) throw new Error('no model tier loaded');
      const labels: (CommentLabels | null)[] = texts.map(() => null);
      const todo = new Map<string, number[]>();
      texts.forEach((t, i) => {
        const hit = t.length <= opts.maxChars ? lookup(t, tier.name) : undefined;
        if (hit) labels[i] = hit;
        else todo.set(t, [...(todo.get(t) ?? []), i]);
      });
      // A hit is a text the models did not see: cached, or a repeat within this call.
      misses += todo.size;
      hits += texts.length - todo.size;
      if (todo.size) {
        const unique = [...todo.keys()];
        const got = await tier.classify(unique);
        unique.forEach((t, j) => {
          const l = got[j] ?? null;
          // A failed label is not remembered: the next call tries the model again.
          if (l && t.length <= opts.maxChars) caches[tier.name].set(t, l);
          for (const i of todo.get(t) ?? []) labels[i] = l;
        });
      }
      return { tier: tier.name, labels };
    },
    stats: () => ({
      tiers: (Object.keys(tiers) as TierName[]).filter((k) => tiers[k]),
      cache: { size: caches.accurate.size + caches.fast.size, capacity: opts.capacity * 2, hits, misses },
    }),
  };
}
