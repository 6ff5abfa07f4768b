/**
 * Telling a re-render from news on pages whose rows carry no message id (Douyin, TikTok, Twitch…).
 *
 * When a page throws its chat list away and renders a new one, the new list starts with copies of
 * the last few rows it had. Those copies must not be sent again, yet a viewer who sends "扣1" again
 * on purpose is a new signal that must never be dropped. A fingerprint alone cannot tell the two
 * apart; the order can: copies are a run of the *most recent* old rows, in their order, at the top
 * of the new list. So the new rows of one region (one parent element) are matched, from the top,
 * as an in-order subsequence of one old region's rows that ends on that region's last row. Rows of
 * the new list past the matched run are news, even when an older row said the same words.
 */

/** A row that was on the page before the re-render: its fingerprint, when it was sent, and what it was sent as. */
export interface OldRow<T> {
  print: string;
  seq: number;
  item: T;
}

/**
 * Largest k such that `fresh[0..k)` is an in-order subsequence of `old` whose last element is
 * matched to `old`'s last element; returns the matched old index of each of the k rows.
 */
export function anchoredCopies(fresh: readonly string[], old: readonly string[]): number[] {
  for (let k = Math.min(fresh.length, old.length); k > 0; k--) {
    if (fresh[k - 1] !== old[old.length - 1]) continue;
    // Match backwards, each fresh row to the latest old row before the previous match.
    const at: number[] = new Array(k);
    let j = old.length - 1;
    at[k - 1] = j;
    let ok = true;
    for (let i = k - 2; i >= 0 && ok; i--) {
      j--;
      while (j >= 0 && old[j] !== fresh[i]) j--;
      if (j < 0) ok = false;
      else at[i] = j;
    }
    if (ok) return at;
  }
  return [];
}

/**
 * Matches each new region (rows in page order) against the old regions. Each old region is tried
 * in page order and in send order (a clone keeps page order; a list rebuilt from data shows send
 * order, which differs from page order in recycled virtual lists) and serves one new region at
 * most. Returns, per new region and row, the old item it copies, or undefined for news.
 */
export function matchCopies<T>(fresh: readonly (readonly string[])[], oldRegions: readonly (readonly OldRow<T>[])[]): (T | undefined)[][] {
  const used = new Set<number>();
  return fresh.map((region) => {
    let best: { k: number; region: number; rows: readonly OldRow<T>[]; at: number[] } | undefined;
    oldRegions.forEach((rows, r) => {
      if (used.has(r) || !rows.length) return;
      const bySeq = [...rows].sort((a, b) => a.seq - b.seq);
      for (const order of [rows, bySeq]) {
        const at = anchoredCopies(region, order.map((o) => o.print));
        if (at.length && at.length > (best?.k ?? 0)) best = { k: at.length, region: r, rows: order, at };
      }
    });
    if (!best) return region.map(() => undefined);
    used.add(best.region);
    const { rows, at } = best;
    return region.map((_, i) => (i < at.length ? rows[at[i]!]!.item : undefined));
  });
}
