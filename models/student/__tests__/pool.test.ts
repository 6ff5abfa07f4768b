// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadSplit } from '../../lib/data';
import { trainTemplates } from '../extra-en';
import { buildPool, heldOutLines, normLine } from '../pool';

describe('distillation pool', () => {
  it('holds every source, no line of a held-out set (test, test-v3, dev, UCI test), and no repeats', () => {
    const held = heldOutLines();
    const { lines, stats } = buildPool({ simSeeds: 2, variants: 2000 });
    for (const s of ['train', 'uci', 'sim', 'fixture', 'variant']) expect(stats.bySource[s] ?? 0).toBeGreaterThan(0);
    const keys = lines.map((l) => normLine(l.text));
    expect(keys.filter((k) => held.has(k))).toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
    // Short chat lines occur in both the simulator and test: some must have been dropped.
    expect(stats.droppedHeldOut).toBeGreaterThan(0);
  }, 30000);

  it('is deterministic', () => {
    const a = buildPool({ simSeeds: 1, variants: 500 });
    const b = buildPool({ simSeeds: 1, variants: 500 });
    expect(a.lines).toEqual(b.lines);
  }, 30000);

  it('adds label-keeping variants of Latin-script lines after the others, each naming its line', () => {
    const a = buildPool({ simSeeds: 1, variants: 500 });
    const b = buildPool({ simSeeds: 1, variants: 500, kept: 300 });
    expect(b.lines.slice(0, a.lines.length)).toEqual(a.lines);
    const kept = b.lines.slice(a.lines.length);
    expect(kept.length).toBeGreaterThan(200);
    const texts = new Set(a.lines.map((l) => l.text));
    for (const l of kept) {
      expect(l.source).toBe('kept');
      expect(texts.has(l.parent ?? '')).toBe(true);
      expect(l.text).not.toMatch(/\p{Script=Han}/u);
    }
    // Pool variants that keep the meaning name their line too; run-on and emoji variants do not.
    const variants = a.lines.filter((l) => l.source === 'variant');
    expect(variants.some((l) => l.parent !== undefined)).toBe(true);
    expect(variants.some((l) => l.parent === undefined)).toBe(true);
  }, 30000);

  it('adds the new English lines last, made from train templates only, none of them held out', () => {
    const a = buildPool({ simSeeds: 1, variants: 500 });
    const b = buildPool({ simSeeds: 1, variants: 500, extra: 2000 });
    expect(b.lines.slice(0, a.lines.length)).toEqual(a.lines);
    const extra = b.lines.slice(a.lines.length);
    expect(extra.length).toBeGreaterThan(1000);
    expect(extra.every((l) => l.source === 'extra' && !/\p{Script=Han}/u.test(l.text))).toBe(true);
    const held = heldOutLines();
    expect(extra.filter((l) => held.has(normLine(l.text)))).toEqual([]);
    // A template is train when train.jsonl holds a line of it: no dev or test template is drawn.
    const heldIds = new Set((['dev', 'test', 'test-v3'] as const).flatMap((s) => loadSplit(s).map((r) => r.source.split(':').slice(1, 5).join(':'))));
    const tpls = trainTemplates();
    expect(tpls.length).toBeGreaterThan(2000);
    expect(tpls.filter((t) => heldIds.has(t.id))).toEqual([]);
  }, 30000);
});
