/**
 * Dev-only grid search over the grouping parameters (never reads test/):
 *   npx tsx lib/suggest/eval/tune.ts '{"otherThreshold":[0.6,0.7],"valueGapPenalty":[0.2,0.5]}'
 * Prints pairwise grouping F1 per language, with and without the shop catalog, per combination.
 * `--sim` adds simulator streams (seeds 101-102, 10 minutes, generated catalogs; lib/sim's question
 * keys as gold) as a second, independently written dev source. `--dev2` prints the held-out dev2
 * figures beside them (a check, not a selection criterion).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalog } from '../../catalog';
import { nodeMlRuntime } from '../../../scripts/lib/node-ml';
import { DEFAULT_GROUPING, type GroupingParams } from '../group/grouper';
import type { EmbedFn } from '../group/pipeline';
import { analyseQuestions, type ClassifyFn } from '../offline/analyse';
import { readQuestionLines } from '../offline/commands';
import type { LogEvent } from '../../events/event-log';
import { pairCounts, prf } from './score';
import { simulateShop } from '../../sim';

const DIR = join(process.cwd(), 'lib', 'suggest', 'eval');

function memo<T>(fn: (texts: string[], key: string) => Promise<T[]>): (texts: string[], key: string) => Promise<T[]> {
  const cache = new Map<string, T>();
  return async (texts, key) => {
    const miss = [...new Set(texts.filter((t) => !cache.has(`${key}|${t}`)))];
    if (miss.length) (await fn(miss, key)).forEach((v, i) => cache.set(`${key}|${miss[i]}`, v));
    return texts.map((t) => cache.get(`${key}|${t}`) as T);
  };
}

async function main(): Promise<void> {
  const grid = JSON.parse(process.argv[2] ?? '{}') as Record<string, number[]>;
  const rt = await nodeMlRuntime('auto');
  const cl = memo((t) => rt.classify(t));
  const em = memo((t, k) => rt.embed(t, { glossZh: k === 'g' }));
  const classify: ClassifyFn = (t) => cl(t, 'c');
  const embed: EmbedFn = (t, o) => em(t, o?.glossZh ? 'g' : 'n');
  const load = (split: string): { lang: string; split: string; events: (LogEvent & { gold: { group: string | null }; shop: string })[]; catalog: ReturnType<typeof parseCatalog>['rows'] }[] =>
    readdirSync(join(DIR, split)).filter((f) => new RegExp(`^(en|zh)-${split}-\\d+\\.jsonl$`).test(f)).map((f) => {
      const events = readQuestionLines(readFileSync(join(DIR, split, f), 'utf8')).map((l) => l.value as unknown as LogEvent & { gold: { group: string | null }; shop: string });
      return { lang: f.slice(0, 2), split, events, catalog: parseCatalog(readFileSync(join(DIR, 'shops', `${events[0]?.shop}.csv`), 'utf8')).rows };
    });
  // `--dev2` also prints the held-out dev2 figures (aggregates only; choices are made on dev + sim).
  const withDev2 = process.argv.includes('--dev2');
  const data = load('dev');
  const data2 = withDev2 ? load('dev2') : [];
  const withSim = process.argv.includes('--sim');
  const sims = withSim ? (['en', 'zh'] as const).flatMap((lang) => [101, 102].map((seed) => {
    const shop = simulateShop({ lang, minutes: 10, seed, products: 12 });
    const st = shop.streams[0];
    const truth = new Map((st?.truth.comments ?? []).map((c) => [c.id, c]));
    return { lang, catalog: shop.catalog, events: st?.events ?? [], gold: (st?.events ?? []).map((e) => (truth.get(e.id)?.role === 'viewer' ? (truth.get(e.id)?.question ?? null) : null)) };
  })) : [];
  const keys = Object.keys(grid);
  const combos: Record<string, number>[] = keys.reduce<Record<string, number>[]>((acc, k) => acc.flatMap((c) => (grid[k] ?? []).map((v) => ({ ...c, [k]: v }))), [{}]);
  for (const c of combos) {
    const params: GroupingParams = { ...DEFAULT_GROUPING, ...c };
    const cells: string[] = [];
    let sum = 0;
    for (const lang of ['en', 'zh']) {
      for (const withCat of [false, true]) {
        const tot = { tp: 0, predicted: 0, gold: 0 };
        for (const d of data.filter((x) => x.lang === lang)) {
          const a = await analyseQuestions(d.events, { catalog: withCat ? d.catalog : undefined, classify, embed, params });
          const pc = pairCounts(a.lines.map((l) => l.group), d.events.map((e) => e.gold.group));
          tot.tp += pc.tp; tot.predicted += pc.predicted; tot.gold += pc.gold;
        }
        const f1 = prf(tot.tp, tot.predicted, tot.gold).f1;
        sum += f1;
        cells.push(`${lang}${withCat ? '+cat' : ''} ${(100 * f1).toFixed(1)}`);
      }
    }
    for (const lang of withDev2 ? ['en', 'zh'] : []) {
      const tot = { tp: 0, predicted: 0, gold: 0 };
      for (const d of data2.filter((x) => x.lang === lang)) {
        const a = await analyseQuestions(d.events, { catalog: d.catalog, classify, embed, params });
        const pc = pairCounts(a.lines.map((l) => l.group), d.events.map((e) => e.gold.group));
        tot.tp += pc.tp; tot.predicted += pc.predicted; tot.gold += pc.gold;
      }
      cells.push(`DEV2-${lang}+cat ${(100 * prf(tot.tp, tot.predicted, tot.gold).f1).toFixed(1)}`);
    }
    for (const lang of withSim ? ['en', 'zh'] : []) {
      const tot = { tp: 0, predicted: 0, gold: 0 };
      for (const d of sims.filter((x) => x.lang === lang)) {
        const a = await analyseQuestions(d.events, { catalog: d.catalog, classify, embed, params });
        const pc = pairCounts(a.lines.map((l) => l.group), d.gold);
        tot.tp += pc.tp; tot.predicted += pc.predicted; tot.gold += pc.gold;
      }
      cells.push(`sim-${lang}+cat ${(100 * prf(tot.tp, tot.predicted, tot.gold).f1).toFixed(1)}`);
    }
    console.log(`${JSON.stringify(c)}  mean ${(25 * sum).toFixed(1)}  ${cells.join('  ')}`);
  }
  rt.dispose();
}

void main();
