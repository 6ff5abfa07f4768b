/**
 * The distillation pool: unlabelled chat the teacher labels for the student. Sources (issue 15):
 * simulator output (both languages, many seeds), the corpus TRAIN split, the UCI train sentences (the
 * teacher's sentiment stage learnt English review polarity from them), the replay fixtures' chat, and
 * generated variants (typos, emoji, case, language mixing). Every line equal after normalising to a
 * line of a held-out set — corpus test, test-v3, dev, or UCI test — is dropped, so the student never
 * sees a scored line (the simulator overlaps ~2 % with test: scripts/sim-overlap.ts). Deterministic.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { simulateShop } from '../../lib/sim';
import { rng, type Rng } from '../corpus/rng';
import { loadSplit, loadUci, ROOT } from '../lib/data';

export interface PoolLine { text: string; source: 'sim' | 'train' | 'uci' | 'fixture' | 'variant' }

/** The normalisation under which a pool line "equals" a held-out line (as scripts/sim-overlap.ts). */
export const normLine = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Normalised lines of every set that is scored (or used to choose): never in the pool. */
export function heldOutLines(): Set<string> {
  const out = new Set<string>();
  for (const split of ['test', 'test-v3', 'dev'] as const) for (const r of loadSplit(split)) out.add(normLine(r.text));
  for (const r of loadUci().test) out.add(normLine(r.text));
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

const EMOJI = ['😂', '😍', '🔥', '👍', '🙄', '😭', '❤️', '🤔', '💯', '😡', '🥰', '👀'];
const ZH_SHORT = ['哈哈', '好的', '在吗', '多少钱', '真的吗', '666', '扣1', '主播'];
const EN_SHORT = ['lol', 'ok', 'pls', 'wow', 'hi', 'bro', 'W', 'fr'];

function typo(t: string, r: Rng): string {
  const cs = [...t];
  if (cs.length < 4) return t;
  const i = r.int(1, cs.length - 2);
  const roll = r.next();
  if (roll < 0.4) cs.splice(i, 1);
  else if (roll < 0.7) [cs[i], cs[i + 1]] = [cs[i + 1] ?? '', cs[i] ?? ''];
  else cs.splice(i, 0, cs[i] ?? '');
  return cs.join('');
}

/** One surface variant of a line; the teacher labels it afresh, so no label is assumed to carry over. */
function variant(t: string, r: Rng): string {
  const roll = r.next();
  if (roll < 0.3) return typo(t, r);
  if (roll < 0.5) return r.chance(0.5) ? `${t} ${r.pick(EMOJI)}` : `${r.pick(EMOJI)}${t}`;
  if (roll < 0.65) return r.chance(0.5) ? t.toUpperCase() : t.toLowerCase();
  if (roll < 0.8) return /\p{Script=Han}/u.test(t) ? `${t} ${r.pick(EN_SHORT)}` : `${t} ${r.pick(ZH_SHORT)}`;
  return t.replace(/[?!.？！。]+$/u, '').trim() || t;
}

export interface PoolStats { bySource: Record<string, number>; droppedHeldOut: number; total: number }

/** The pool, in a fixed order; `variants` lines are derived from the base lines by a seeded generator. */
export function buildPool(opts: { simSeeds?: number; variants?: number; seed?: number } = {}): { lines: PoolLine[]; stats: PoolStats } {
  const held = heldOutLines();
  const seen = new Set<string>();
  const lines: PoolLine[] = [];
  let dropped = 0;
  const add = (text: string, source: PoolLine['source']): void => {
    const t = text.trim();
    const k = normLine(t);
    if (!k || seen.has(k)) return;
    seen.add(k);
    if (held.has(k)) {
      dropped += 1;
      return;
    }
    lines.push({ text: t, source });
  };
  for (const r of loadSplit('train')) add(r.text, 'train');
  for (const r of loadUci().train) add(r.text, 'uci');
  for (const t of simLines(opts.simSeeds ?? 12)) add(t, 'sim');
  for (const t of fixtureLines()) add(t, 'fixture');
  const base = lines.filter((l) => l.source !== 'uci');
  const r = rng(opts.seed ?? 2026);
  for (let i = 0; i < (opts.variants ?? 20_000); i += 1) add(variant(r.pick(base).text, r), 'variant');
  const bySource: Record<string, number> = {};
  for (const l of lines) bySource[l.source] = (bySource[l.source] ?? 0) + 1;
  return { lines, stats: { bySource, droppedHeldOut: dropped, total: lines.length } };
}
