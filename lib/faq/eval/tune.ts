/**
 * Dev-only parameter sweep (never reads the test split): scores the dev, dev2 and dev3 lines (FAQ_SPLITS)
 * under each variant of DEFAULT_MATCH given as JSON patches.   npx tsx lib/faq/eval/tune.ts '[{"threshold":0.4}, …]'
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFaq } from '../../catalog';
import { nodeMlRuntime } from '../../../scripts/lib/node-ml';
import { createAnswerMatcher } from '../match/matcher';
import { DEFAULT_MATCH, type MatchParams } from '../match/params';
import { cachedModels, modelsVersion } from './model-cache';
import { scoreAnswers, type EvalLine } from './score';

const HERE = dirname(fileURLToPath(import.meta.url));

async function main() {
  const variants = JSON.parse(process.argv[2] ?? '[{}]') as Partial<MatchParams>[];
  const rt: { current: Awaited<ReturnType<typeof nodeMlRuntime>> | null } = { current: null };
  const models = async () => (rt.current ??= await nodeMlRuntime('wasm'));
  const m = cachedModels(join(HERE, `../../../node_modules/.cache/faq-eval-${modelsVersion(join(HERE, '../../../public/models'))}.json`), {
    classify: async (t) => (await models()).classify(t),
    embed: async (t, o) => (await models()).embed(t, o),
  });
  const splits = (process.env.FAQ_SPLITS ?? 'dev,dev2,dev3').split(',').filter((x) => x !== 'test');
  const shops = splits.flatMap((split) => readdirSync(join(HERE, split)).filter((x) => x.endsWith('.jsonl')).sort().map((f) => {
    const shop = f.replace(/\.jsonl$/, '');
    return { faq: parseFaq(readFileSync(join(HERE, 'shops', `${shop}-faq.json`), 'utf8')).rows, lines: readFileSync(join(HERE, split, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalLine) };
  }));
  for (const v of variants) {
    const params: MatchParams = { ...DEFAULT_MATCH, ...v, gate: { ...DEFAULT_MATCH.gate, ...v.gate } };
    const lines: EvalLine[] = [];
    const got: { id: string | null; why: string }[] = [];
    for (const s of shops) {
      // FAQ_NO_EMBED=1: as when the sentence encoder failed to load (BM25 only).
      const matcher = await createAnswerMatcher(s.faq, process.env.FAQ_NO_EMBED ? undefined : m.embed, params);
      const labels = await m.classify(s.lines.map((l) => l.text));
      for (const [i, l] of s.lines.entries()) {
        const r = await matcher.match(l.text, labels[i]);
        lines.push(l);
        got.push({ id: r.answer?.id ?? null, why: r.reason ?? '' });
      }
    }
    const d = scoreAnswers(lines, got);
    process.stdout.write(`${JSON.stringify(v)} → ${JSON.stringify(d.score)}\n`);
  }
  m.save();
  rt.current?.dispose();
}

void main();
