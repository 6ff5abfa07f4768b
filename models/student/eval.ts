/**
 * Scores the student (fast tier) beside its teacher (the heads alone) and the shipped accurate tier
 * (the two blended), all through lib/ml/runtime — the extension's code — per language: intent and
 * sentiment macro-F1, agreement with the teacher,
 * and UCI review accuracy.
 *   npx tsx models/student/eval.ts dev     choosing (corpus dev; UCI is not scored)
 *   npx tsx models/student/eval.ts test    THE scoring: frozen test-v3 and v2 test, UCI test; writes
 *                                          models/cards/student-metrics.json. Every run is a scoring:
 *                                          disclose it in models/README.md.
 */
import '../../lib/ml/platform/node-quiet-console';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMlRuntime, type Tier } from '../../lib/ml/runtime';
import { nodeLoadAsset } from '../../lib/ml/platform/node-assets';
import { INTENTS, SENTIMENTS, type CommentLabels } from '../../lib/ml/labels';
import { loadSplit, loadUci, verifyFrozen, ROOT, type Row } from '../lib/data';
import { evaluate } from '../lib/metrics';
import { embeddingStore, teacherId } from './teacher';

const r1 = (x: number): number => Math.round(x * 1000) / 10;

/** `blend` 0: the heads alone (the teacher); undefined: the shipped accurate tier (heads and student blended). */
async function labelAll(texts: string[], tier: Tier, blend?: number): Promise<(CommentLabels | null)[]> {
  // The teacher's sentence embeddings come from the disk cache where it has them (same encoder, same input).
  const wrapEncoder = tier === 'fast' ? undefined : embeddingStore().wrap;
  const rt = createMlRuntime({ loadAsset: nodeLoadAsset(ROOT), backend: 'wasm', batchSize: 256, fast: tier === 'fast', accurate: tier === 'fast' ? 'off' : 'eager', wrapEncoder, ...(blend === undefined ? {} : { blend }) });
  const st = await rt.init();
  if (st.state !== 'ready') throw new Error(`${tier}: ${st.message ?? 'failed'}`);
  const out = await rt.classify(texts, tier);
  rt.dispose();
  return out;
}

function slices(rows: Row[], got: (CommentLabels | null)[], ref?: (CommentLabels | null)[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const lang of ['en', 'zh', 'mixed', 'all'] as const) {
    const at = rows.map((r, i) => [r, i] as const).filter(([r]) => lang === 'all' || r.lang === lang);
    if (!at.length) continue;
    const pick = (i: number, k: 'intent' | 'sentiment'): string => got[i]?.[k] ?? '?';
    const m: Record<string, number> = {
      n: at.length,
      intentF1: r1(evaluate(at.map(([r]) => r.intent), at.map(([, i]) => pick(i, 'intent')), INTENTS).macroF1),
      sentimentF1: r1(evaluate(at.map(([r]) => r.sentiment), at.map(([, i]) => pick(i, 'sentiment')), SENTIMENTS).macroF1),
    };
    if (ref) {
      m.agreeIntent = r1(at.filter(([, i]) => ref[i]?.intent === got[i]?.intent).length / at.length);
      m.agreeSentiment = r1(at.filter(([, i]) => ref[i]?.sentiment === got[i]?.sentiment).length / at.length);
    }
    out[lang] = m;
  }
  return out;
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  if (mode !== 'dev' && mode !== 'test') {
    process.stderr.write('usage: npx tsx models/student/eval.ts dev|test\n');
    process.exit(2);
  }
  verifyFrozen();
  const sets: [string, Row[]][] = mode === 'dev' ? [['dev', loadSplit('dev')]] : [['test-v3', loadSplit('test-v3')], ['test-v2', loadSplit('test')]];
  const uci = mode === 'test' ? loadUci().test : [];
  const texts = [...sets.flatMap(([, rows]) => rows.map((r) => r.text)), ...uci.map((r) => r.text)];
  const teacher = await labelAll(texts, 'accurate', 0);
  const student = await labelAll(texts, 'fast');
  // What every comment ends up with: the accurate tier as shipped (the heads and the student blended, lib/ml/heads.ts TIER_BLEND).
  const shipped = await labelAll(texts, 'accurate');
  const result: Record<string, unknown> = { mode, teacher: teacherId(), date: new Date().toISOString().slice(0, 10) };
  let off = 0;
  for (const [name, rows] of sets) {
    const t = teacher.slice(off, off + rows.length);
    const s = student.slice(off, off + rows.length);
    result[name] = { teacher: slices(rows, t), student: slices(rows, s, t), shipped: slices(rows, shipped.slice(off, off + rows.length), t) };
    off += rows.length;
  }
  if (uci.length) {
    const acc = (ls: (CommentLabels | null)[]): number => r1(uci.filter((r, i) => ls[off + i]?.sentiment === r.label).length / uci.length);
    result.uci = { n: uci.length, teacher: acc(teacher), student: acc(student), shipped: acc(shipped) };
    writeFileSync(join(ROOT, 'models', 'cards', 'student-metrics.json'), `${JSON.stringify(result, null, 1)}\n`);
  }
  process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
