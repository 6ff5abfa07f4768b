/**
 * The question queue measured on simulator streams (lib/sim, written by another helper from its own
 * templates, never tuned on here except where eval/README.md says so): detection, pairwise grouping
 * against the simulator's question keys, and auto-answered detection against its host replies.
 *   npx tsx lib/suggest/eval/sim-eval.ts [--seeds 101-103] [--minutes 20] [--products 12] [--demo]
 * Default: generated catalogs (`products`) — shops nobody tuned on; `--demo` uses the demo shops.
 */
import { nodeMlRuntime } from '../../../scripts/lib/node-ml';
import type { LogEvent } from '../../events/event-log';
import { simulateShop, type CommentTruth } from '../../sim';
import { analyseQuestions, type AnalyseOptions, type ClassifyFn } from '../offline/analyse';
import type { EmbedFn } from '../group/pipeline';
import { detectionScore, pairCounts, prf, type Prf } from './score';

export interface SimScore {
  detection: Prf;
  grouping: Prf;
  /** Host/moderator replies whose answered questions' groups were all marked answered by that reply. */
  answeredRecall: number;
  /** Marks whose reply, per the simulator, answers that group's (majority) question key. */
  answeredPrecision: number;
}

export async function scoreSimStream(events: LogEvent[], truth: CommentTruth[], o: { classify: ClassifyFn; embed: EmbedFn; catalog?: AnalyseOptions["catalog"] }) {
  const a = await analyseQuestions(events, { catalog: o.catalog, classify: o.classify, embed: o.embed });
  const byId = new Map(truth.map((t) => [t.id, t]));
  const idx = events.flatMap((e, i) => (byId.get(e.id)?.role === 'viewer' ? [i] : []));
  const det = idx.map((i): [boolean, boolean] => [a.lines[i]?.question === true, byId.get(events[i]?.id ?? '')?.question != null]);
  const pairs = pairCounts(idx.map((i) => a.lines[i]?.group ?? null), idx.map((i) => byId.get(events[i]?.id ?? '')?.question ?? null));
  const groupOf = new Map(events.map((e, i) => [e.id, a.lines[i]?.group ?? null]));
  const keyOfGroup = new Map<string, string>();
  for (const g of a.groups) {
    const keys = events.filter((e) => groupOf.get(e.id) === g.id).map((e) => byId.get(e.id)?.question).filter((k): k is string => !!k);
    const tally = new Map<string, number>();
    for (const k of keys) tally.set(k, (tally.get(k) ?? 0) + 1);
    const top = [...tally].sort((x, y) => y[1] - x[1])[0]?.[0];
    if (top) keyOfGroup.set(g.id, top);
  }
  const replies = truth.filter((t) => t.role !== 'viewer' && t.answers?.length);
  const markedBy = new Map(a.groups.filter((g) => g.answered?.eventId).map((g) => [g.id, g.answered?.eventId]));
  const recalled = replies.filter((r) => (r.answers ?? []).every((q) => {
    const g = groupOf.get(q);
    return g !== null && g !== undefined && markedBy.get(g) !== undefined;
  })).length;
  const marks = a.groups.filter((g) => g.answered?.eventId);
  const right = marks.filter((g) => byId.get(g.answered?.eventId ?? '')?.answersKey === keyOfGroup.get(g.id)).length;
  return { det, pairs, replies: replies.length, recalled, marks: marks.length, right };
}

async function main(): Promise<void> {
  const arg = (n: string, d: string): string => { const i = process.argv.indexOf(n); return i >= 0 ? (process.argv[i + 1] ?? d) : d; };
  const [from, to] = arg('--seeds', '101-103').split('-').map(Number) as [number, number];
  const minutes = Number(arg('--minutes', '20'));
  const products = Number(arg('--products', '12'));
  const demo = process.argv.includes('--demo');
  const rt = await nodeMlRuntime('auto');
  const classify: ClassifyFn = (t) => rt.classify(t);
  const embed: EmbedFn = (t, op) => rt.embed(t, op);
  for (const lang of ['en', 'zh'] as const) {
    for (const withCatalog of [true, false]) {
      const det: [boolean, boolean][] = [];
      const pc = { tp: 0, predicted: 0, gold: 0 };
      let replies = 0, recalled = 0, marks = 0, right = 0;
      for (let seed = from; seed <= (to ?? from); seed += 1) {
        const shop = simulateShop({ lang, minutes, seed, ...(demo ? {} : { products }) });
        const s = shop.streams[0];
        if (!s) continue;
        const r = await scoreSimStream(s.events, s.truth.comments, { classify, embed, catalog: withCatalog ? shop.catalog : undefined });
        det.push(...r.det);
        pc.tp += r.pairs.tp; pc.predicted += r.pairs.predicted; pc.gold += r.pairs.gold;
        replies += r.replies; recalled += r.recalled; marks += r.marks; right += r.right;
      }
      const d = detectionScore(det);
      const g = prf(pc.tp, pc.predicted, pc.gold);
      const f = (p: Prf): string => `F1 ${(100 * p.f1).toFixed(1)} (P ${(100 * p.precision).toFixed(1)} R ${(100 * p.recall).toFixed(1)})`;
      console.log(`${lang} sim seeds ${from}-${to} ${demo ? 'demo shop' : `${products}-product generated catalogs`}${withCatalog ? '' : ', no catalog'}: detection ${f(d)} on ${det.length} viewer comments; grouping ${f(g)}; auto-answered recall ${(100 * recalled / (replies || 1)).toFixed(1)} % of ${replies} replies, precision ${(100 * right / (marks || 1)).toFixed(1)} % of ${marks} marks`);
    }
  }
  rt.dispose();
}

if (process.argv[1]?.endsWith('sim-eval.ts')) void main();
