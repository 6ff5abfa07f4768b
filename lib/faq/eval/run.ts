/**
 * The FAQ auto-answer evaluation: every line of a split goes through the extension's own matcher
 * (lib/faq/match, default parameters) with the shipped models' labels and embeddings.
 *   npm run faq:eval -- --json [--split test|dev|dev2|dev3|dev4] [--verbose] [--no-cache]
 * (dev splits only: --params '{json patch of DEFAULT_MATCH}')
 * stdout: {"top1":…,"n":…,"byLang":{"en":…,"zh":…},"falseAnswerRate":…}; details go to stderr.
 * The test split is scored only while its files match FROZEN-test.sha256, dev4 (the held-out
 * check) only while they match FROZEN-dev4.sha256.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFaq } from '../../catalog';
import type { MlBackendChoice } from '../../ml/labels';
import { nodeMlRuntime } from '../../../scripts/lib/node-ml';
import { createAnswerMatcher } from '../match/matcher';
import { DEFAULT_MATCH, type MatchParams } from '../match/params';
import { cachedModels, modelsVersion } from './model-cache';
import { scoreAnswers, type EvalLine } from './score';

const HERE = dirname(fileURLToPath(import.meta.url));
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

/** Frozen splits (test, and dev4, the held-out check) are scored only while their files match. */
function checkFrozen(list: string): string | null {
  const lines = readFileSync(join(HERE, list), 'utf8').trim().split('\n');
  for (const l of lines) {
    const [hash, file] = l.split(/\s+/);
    const got = createHash('sha256').update(readFileSync(join(HERE, file!))).digest('hex');
    if (got !== hash) return `${file} differs from ${list}`;
  }
  return null;
}

async function main(): Promise<number> {
  const split = arg('--split') ?? 'test';
  if (!['test', 'dev', 'dev2', 'dev3', 'dev4'].includes(split)) {
    process.stderr.write('usage: npm run faq:eval -- --json [--split test|dev|dev2|dev3|dev4] [--verbose] [--no-cache]\n');
    return 2;
  }
  const frozen = ({ test: 'FROZEN-test.sha256', dev4: 'FROZEN-dev4.sha256' } as Record<string, string>)[split];
  if (frozen) {
    const bad = checkFrozen(frozen);
    if (bad) {
      process.stderr.write(`refusing to score the ${split} split: ${bad}\n`);
      return 2;
    }
  }
  // Dev only: try a parameter patch (the test split is always scored with the defaults).
  const patch = split !== 'test' && arg('--params') ? (JSON.parse(arg('--params')!) as Partial<MatchParams>) : {};
  const params: MatchParams = { ...DEFAULT_MATCH, ...patch, gate: { ...DEFAULT_MATCH.gate, ...patch.gate } };
  const rt: { current: Awaited<ReturnType<typeof nodeMlRuntime>> | null } = { current: null };
  const backend = (arg('--backend') ?? 'wasm') as MlBackendChoice;
  const models = async () => (rt.current ??= await nodeMlRuntime(backend));
  const base = { classify: async (t: string[]) => (await models()).classify(t), embed: async (t: string[], o?: { glossZh?: boolean }) => (await models()).embed(t, o) };
  const m = process.argv.includes('--no-cache') ? { ...base, save() {} } : cachedModels(join(HERE, `../../../node_modules/.cache/faq-eval-${modelsVersion(join(HERE, '../../../public/models'))}.json`), base);
  const lines: EvalLine[] = [];
  const got: { id: string | null; why: string }[] = [];
  for (const f of readdirSync(join(HERE, split)).filter((x) => x.endsWith('.jsonl')).sort()) {
    const shop = f.replace(/\.jsonl$/, '');
    const faq = parseFaq(readFileSync(join(HERE, 'shops', `${shop}-faq.json`), 'utf8'));
    if (faq.fatal || faq.errors.length) throw new Error(`shop ${shop}: ${faq.fatal ?? faq.errors[0]?.message}`);
    const shopLines = readFileSync(join(HERE, split, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalLine);
    const matcher = await createAnswerMatcher(faq.rows, m.embed, params);
    const labels = await m.classify(shopLines.map((l) => l.text));
    for (const [i, l] of shopLines.entries()) {
      const r = await matcher.match(l.text, labels[i]);
      lines.push(l);
      got.push({ id: r.answer?.id ?? null, why: r.answer ? `${r.answer.method} ${r.answer.confidence.toFixed(2)}` : `${r.reason}${r.detail ? ` (${r.detail})` : ''}; best ${r.best?.id ?? '-'} ${r.best?.confidence.toFixed(2) ?? ''}` });
    }
  }
  m.save();
  rt.current?.dispose();
  const d = scoreAnswers(lines, got);
  for (const [k, v] of Object.entries(d.byKind)) process.stderr.write(`${k}: ${v.right}/${v.n} handled right\n`);
  if (process.argv.includes('--verbose')) for (const e of d.errors) process.stderr.write(`  [${e.line.shop}/${e.line.kind}] "${e.line.text}" want ${e.line.expect ?? 'none'} got ${e.got ?? 'none'} — ${e.why}\n`);
  process.stdout.write(`${JSON.stringify(d.score)}\n`);
  return 0;
}

main().then((c) => { process.exitCode = c; }, (e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
