import { describe, expect, it } from 'vitest';
import { planFaults } from '../faults';
import { growthPerHour } from '../growth';
import { Ledger } from '../ledger';
import { VirtualClock } from '../virtual-clock';

describe('Ledger', () => {
  it('counts lost (never stored), duplicated (stored again) and refuses ids it never sent', () => {
    const l = new Ledger();
    const ids = Array.from({ length: 70_000 }, () => l.send());
    ids.forEach((id, i) => i !== 5 && l.stored(id));
    l.stored(ids[9]!);
    l.stored(ids[9]!);
    expect(l.stored('soak-70000')).toBe(false);
    expect(l.stored('other-1')).toBe(false);
    expect(l.result()).toEqual({ sent: 70_000, stored: 69_999, lost: 1, duplicated: 2 });
  });
});

describe('growthPerHour', () => {
  it('is the slope of the samples after warm-up, ignoring the warm-up climb', () => {
    const s = [0, 1, 2, 3, 4, 5].map((hour) => ({ hour, heapMB: hour === 0 ? 10 : 60 + 2 * hour, rssMB: 200 }));
    expect(growthPerHour(s, 1)).toBeCloseTo(2);
    expect(growthPerHour(s, 1, 'rssMB')).toBeCloseTo(0);
    expect(growthPerHour(s.slice(0, 2), 1)).toBeNull();
  });
});

describe('VirtualClock', () => {
  it('fires timers in due order, settling tracked work before the next one', async () => {
    const c = new VirtualClock(1000);
    const log: string[] = [];
    c.setTimeout(() => log.push(`b@${c.now()}`), 20);
    c.setTimeout(() => {
      log.push(`a@${c.now()}`);
      void c.track(new Promise<void>((r) => setTimeout(r, 5)).then(() => void log.push('a-done')));
      c.setTimeout(() => log.push(`c@${c.now()}`), 5);
    }, 10);
    await c.advanceTo(1100);
    expect(log).toEqual(['a@1010', 'a-done', 'c@1015', 'b@1020']);
    expect(c.now()).toBe(1100);
  });
});

describe('planFaults', () => {
  it('is seeded, spread over the run, and mixes every kind', () => {
    const a = planFaults(0, 8 * 3_600_000, 1);
    expect(planFaults(0, 8 * 3_600_000, 1)).toEqual(a);
    expect(a.length).toBeGreaterThan(40);
    expect(new Set(a.map((f) => f.kind))).toEqual(new Set(['worker-stop', 'worker-stop-mid-batch', 'page-crash']));
    expect(a.every((f, i) => i === 0 || f.at > a[i - 1]!.at)).toBe(true);
  });
});
