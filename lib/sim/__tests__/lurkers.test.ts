import { describe, expect, it } from 'vitest';
import { simulateShop } from '..';

const dump = (o: Parameters<typeof simulateShop>[0]): string => JSON.stringify(simulateShop(o).streams.map((s) => s.events));

describe('lurkers', { timeout: 60_000 }, () => {
  it('leave the default output untouched (lurkers 0 draws nothing)', () => {
    expect(dump({ lang: 'en', minutes: 6, seed: 4, lurkers: 0 })).toBe(dump({ lang: 'en', minutes: 6, seed: 4 }));
  });

  it('quieten the chat but not the buying: lurkers watch and buy like everyone else', () => {
    let chatAll = 0;
    let chatLurk = 0;
    let buyAll = 0;
    let buyLurk = 0;
    for (const seed of [11, 12, 13]) {
      for (const [lurkers, add] of [[0, (c: number, b: number) => { chatAll += c; buyAll += b; }], [0.8, (c: number, b: number) => { chatLurk += c; buyLurk += b; }]] as const) {
        const s = simulateShop({ lang: 'zh', minutes: 20, seed, lurkers }).streams[0];
        add(s?.truth.comments.filter((c) => c.role === 'viewer').length ?? 0, s?.truth.purchases.length ?? 0);
      }
    }
    // 80 % of viewers speaking 20× less leaves roughly a quarter to a third of the chat.
    expect(chatLurk).toBeLessThan(0.5 * chatAll);
    expect(chatLurk).toBeGreaterThan(0.1 * chatAll);
    expect(buyLurk).toBeGreaterThan(0.5 * buyAll);
    expect(buyLurk).toBeLessThan(2 * buyAll);
  });

  it('are refused outside 0..1', () => {
    expect(() => simulateShop({ lang: 'en', minutes: 1, lurkers: 1.5 })).toThrow(/lurkers/);
  });
});
