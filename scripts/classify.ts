/**
 * Labels JSON lines offline with the shipped models, through the same lib/ml runtime the extension
 * runs (same weights, features and post-processing; tfjs wasm backend in Node, cpu as fallback).
 *   npm run classify -- --in FILE.jsonl [--tier fast|accurate] [--backend auto|wasm|cpu] [--no-lid]
 * The extension labels in two passes and this runs either, with the same code: --tier fast is the
 * distilled student, which gives every comment its first labels as soon as it is stored; --tier
 * accurate (default) is USE-lite + heads with the student's probabilities averaged in (lib/ml/heads.ts
 * TIER_BLEND), which relabels them when the labeller is idle
 * (lib/realtime/README.md, "Fast first, refine later") — the labels every comment ends up with.
 * stdout: one JSON object per input line with lang, sentiment, sentimentScore, intent, intentScore
 * added (null when the models could not label it); everything else goes to stderr.
 */
import '../lib/ml/platform/node-quiet-console';
import { readFileSync } from 'node:fs';
import { getLIDModel } from 'fasttext.wasm.js';
import { createMlRuntime } from '../lib/ml/runtime';
import { nodeLoadAsset } from '../lib/ml/platform/node-assets';
import { fastTextLid } from '../lib/ml/features/lid';
import type { MlBackendChoice } from '../lib/ml/labels';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const file = arg('--in');
  if (!file) {
    process.stderr.write('usage: npm run classify -- --in FILE.jsonl [--tier fast|accurate] [--backend auto|wasm|cpu] [--no-lid]\n');
    return 2;
  }
  const tier = arg('--tier') ?? 'accurate';
  if (tier !== 'fast' && tier !== 'accurate') {
    process.stderr.write(`--tier must be fast or accurate, not ${tier}\n`);
    return 2;
  }
  const raw = readFileSync(file === '-' ? 0 : file, 'utf8').split('\n').filter((l) => l.trim().length > 0);
  const rows = raw.map((l, i): Record<string, unknown> => {
    try {
      const v: unknown = JSON.parse(l);
      return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : { value: v };
    } catch {
      process.stderr.write(`line ${i + 1}: not JSON, passed through as {raw}\n`);
      return { raw: l };
    }
  });
  const rt = createMlRuntime({
    loadAsset: nodeLoadAsset(process.cwd()),
    backend: (arg('--backend') ?? 'auto') as MlBackendChoice,
    // As the extension: the tier asked for (the teacher under normal load, the student under a backlog).
    fast: tier === 'fast',
    accurate: tier === 'fast' ? 'off' : 'eager',
    createLid: process.argv.includes('--no-lid') ? undefined : async () => fastTextLid(await getLIDModel()),
  });
  const status = await rt.init();
  process.stderr.write(`ml (${tier} tier): ${status.state} on ${status.backend ?? 'none'}${status.message ? ` (${status.message})` : ''}\n`);
  const texts = rows.map((r) => (typeof r.text === 'string' ? r.text : ''));
  const labels = await rt.classify(texts, tier);
  rows.forEach((r, i) => {
    const l = typeof r.text === 'string' ? labels[i] : null;
    const out = { ...r, lang: l?.lang ?? null, sentiment: l?.sentiment ?? null, sentimentScore: l?.sentimentScore ?? null, intent: l?.intent ?? null, intentScore: l?.intentScore ?? null };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  });
  rt.dispose();
  return status.state === 'ready' ? 0 : 1;
}

main().then((code) => { process.exitCode = code; }, (e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
