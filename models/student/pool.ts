/**
 * The distillation pool: unlabelled chat the teacher labels for the student. Sources (issue 15):
 * simulator output (both languages, many seeds), the corpus TRAIN split, the UCI train sentences (the
 * teacher's sentiment stage learnt English review polarity from them), the replay fixtures' chat, and
 * generated variants (models/student/variants.ts). Every line equal after normalising to a
 * line of a held-out set — corpus test, test-v3, dev, or UCI test — is dropped, so the student never
 * sees a scored line (the simulator overlaps ~2 % with test: scripts/sim-overlap.ts). Deterministic.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { simulateShop } from '../../lib/sim';
import { rng } from '../corpus/rng';
import { extraEnglish } from './extra-en';
import { keptVariant, variant } from './variants';
import { loadSplit, loadUci, ROOT, type UciRow } from '../lib/data';

/** `parent`: the line a label-keeping variant was made from (its labels may stand in for the variant's). */
export interface PoolLine { text: string; source: 'sim' | 'train' | 'uci' | 'fixture' | 'variant' | 'earlier' | 'kept' | 'extra'; parent?: string }

/** The normalisation under which a pool line "equals" a held-out line (as scripts/sim-overlap.ts). */
export const normLine = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Normalised lines of every set that is scored (or used to choose): never in the pool. */
export function heldOutLines(): Set<string> {
  const out = new Set<string>();
  for (const split of ['test', 'test-v3', 'dev'] as const) for (const r of loadSplit(split)) out.add(normLine(r.text));
  for (const r of loadUci().test) out.add(normLine(r.text));
  for (const r of uciDevLines()) out.add(normLine(r.text));
  return out;
}

function simLines(seeds: number): string[] {
  const out: string[] = [];
  for (const lang of ['en', 'zh'] as const)
    for (let seed = 1; seed <= seeds; seed += 1)
      for (const s of simulateShop({ lang, minutes: 30, seed }).streams)
        for (const e of s.events) if (e.kind === 'comment' && e.text) out.push(e.text);
  return out;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? (n === '__tests__' ? [] : walk(p)) : [p];
  });
}

/** Chat lines written into the replay fixtures (`text: '…'` in scenarios, PRIVMSG bodies in IRC logs). */
function fixtureLines(): string[] {
  const out: string[] = [];
  for (const file of walk(join(ROOT, 'e2e', 'fixtures'))) {
    if (!/\.(ts|jsonl?)$/.test(file)) continue;
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/text: '((?:[^'\\]|\\.){1,160})'/g)) out.push((m[1] ?? '').replace(/\\'/g, "'"));
    for (const m of src.matchAll(/PRIVMSG #\w+ :([^"\\]{1,160})/g)) out.push(m[1] ?? '');
  }
  // Counters and system strings ("1.3K", "joined") are chat-shaped enough to keep only when they hold a letter.
  return out.filter((t) => /[\p{L}\p{Extended_Pictographic}]/u.test(t));
}

/**
 * Every 6th UCI train sentence: kept out of the pool to choose on (the UCI target is measured on
 * UCI test, which is never read while choosing).
 */
export function uciDevLines(): UciRow[] {
  return loadUci().train.filter((_r, i) => i % 6 === 0).map((r) => ({ ...r, text: r.text.trim() }));
}

export interface PoolStats { bySource: Record<string, number>; droppedHeldOut: number; total: number }

/**
 * The pool, in a fixed order; `variants` lines are derived from the base lines by a seeded generator,
 * then the `earlier` lines (an earlier pool's, see train.ts --earlier), then `kept` more label-keeping variants of the Latin-script base lines (variants.ts keptVariant; a
 * second seeded stream, so the lines before them do not change), then `extra` new English lines
 * (extra-en.ts: review-style lines from the train templates; the teacher labels them).
 */
export function buildPool(opts: { simSeeds?: number; variants?: number; seed?: number; kept?: number; earlier?: string[]; extra?: number } = {}): { lines: PoolLine[]; stats: PoolStats } {
  const held = heldOutLines();
  const seen = new Set<string>();
  const lines: PoolLine[] = [];
  let dropped = 0;
  const add = (text: string, source: PoolLine['source'], parent?: string): void => {
    const t = text.trim();
    const k = normLine(t);
    if (!k || seen.has(k)) return;
    seen.add(k);
    if (held.has(k)) {
      dropped += 1;
      return;
    }
    lines.push(parent === undefined ? { text: t, source } : { text: t, source, parent });
  };
  for (const r of loadSplit('train')) add(r.text, 'train');
  for (const r of loadUci().train) add(r.text, 'uci');
  for (const t of simLines(opts.simSeeds ?? 20)) add(t, 'sim');
  for (const t of fixtureLines()) add(t, 'fixture');
  const base = lines.filter((l) => l.source !== 'uci');
  const r = rng(opts.seed ?? 2026);
  for (let i = 0; i < (opts.variants ?? 40_000); i += 1) {
    const t = r.pick(base).text;
    const v = variant(t, r.pick(base).text, r);
    add(v.text, 'variant', v.keeps ? t : undefined);
  }
  // Lines of earlier pools (their variants were drawn from an earlier train split): after the variants,
  // so the lines before them do not depend on them.
  for (const t of opts.earlier ?? []) add(t, 'earlier');
  const latinBase = base.filter((l) => !/\p{Script=Han}/u.test(l.text) && /\p{L}{3}/u.test(l.text));
  const r2 = rng((opts.seed ?? 2026) + 1);
  for (let i = 0; i < (opts.kept ?? 0) && latinBase.length; i += 1) {
    const t = r2.pick(latinBase).text;
    add(keptVariant(t, r2), 'kept', t);
  }
  if (opts.extra) for (const t of extraEnglish(opts.extra)) add(t, 'extra');
  const bySource: Record<string, number> = {};
  for (const l of lines) bySource[l.source] = (bySource[l.source] ?? 0) + 1;
  return { lines, stats: { bySource, droppedHeldOut: dropped, total: lines.length } };
}
