/**
 * Error analysis on the DEV split (never a test split): per language and head, the confusion matrix,
 * per-class F1, macro-F1 by author and by text style, and up to N wrong lines per confusion pair.
 * Heads come from DIR (an experiment folder from `models/train.ts --out DIR`) over public/models.
 *   npx tsx models/experiments/dev-errors.ts [DIR] [--examples N]
 */
import '../../lib/ml/platform/node-quiet-console';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTENTS, SENTIMENTS } from '../../lib/ml/labels';
import { createMlRuntime } from '../../lib/ml/runtime';
import { nodeLoadAsset } from '../../lib/ml/platform/node-assets';
import type { LoadAsset } from '../../lib/ml/platform/asset-io';
import { argmax } from '../../lib/ml/postprocess';
import { embeddingStore } from '../student/teacher';
import { evaluate, reportMarkdown } from '../lib/metrics';
import { loadSplit, ROOT, type Row } from '../lib/data';

const overlay = (dir: string): LoadAsset => {
  const base = nodeLoadAsset(ROOT);
  return async (path) => {
    const f = join(dir, path);
    if (!existsSync(f)) return base(path);
    const b = readFileSync(f);
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  };
};

/** Coarse text styles, by surface cues only (a line may have several). */
const STYLES: [string, (t: string) => boolean][] = [
  ['long (>40 chars zh / >20 words en)', (t) => (/\p{Script=Han}/u.test(t) ? [...t].length > 40 : t.split(/\s+/).length > 20)],
  ['short (<=6 chars zh / <=3 words en)', (t) => (/\p{Script=Han}/u.test(t) ? [...t.replace(/\s/g, '')].length <= 6 : t.split(/\s+/).length <= 3)],
  ['pinyin/net abbreviation', (t) => /\b(yyds|xswl|awsl|nsdd|dddd|zqsg|srds|yygq|bhys|plmm|u1s1|kdl|emo|ngl|fr|lowkey|tbh|imo|istg|smh|idk)\b/i.test(t)],
  ['mixed script', (t) => /\p{Script=Han}/u.test(t) && /[A-Za-z]{2,}/.test(t)],
  ['question mark', (t) => /[?？]/.test(t)],
  ['weibo/弹幕 marks', (t) => /#.+#|\[[^\]]{1,4}\]|哈哈哈|233|转发|前方高能/.test(t)],
  ['emoji', (t) => /\p{Extended_Pictographic}/u.test(t)],
];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ei = args.indexOf('--examples');
  const nEx = ei >= 0 ? Number(args[ei + 1]) : 4;
  const dir = args.filter((a, i) => a !== '--examples' && args[i - 1] !== '--examples')[0] ?? null;
  const rt = createMlRuntime({ loadAsset: dir ? overlay(dir) : nodeLoadAsset(ROOT), backend: 'wasm', wrapEncoder: embeddingStore().wrap });
  const st = await rt.init();
  if (st.state !== 'ready') throw new Error(st.message ?? 'not ready');
  const dev = loadSplit('dev');
  const sc = await rt.scores(dev.map((r) => r.text));
  rt.dispose();
  const out: string[] = [`# dev error analysis (${dir ?? 'shipped heads'}; ${dev.length} lines)`];
  for (const [task, labels] of [['intent', INTENTS], ['sentiment', SENTIMENTS]] as const) {
    const pred = dev.map((_r, i) => labels[argmax(sc[i]?.[task] ?? [])] as string);
    for (const lang of ['en', 'zh', 'mixed']) {
      const idx = dev.flatMap((r, i) => (r.lang === lang ? [i] : []));
      const rep = evaluate(idx.map((i) => (dev[i] as Row)[task]), idx.map((i) => pred[i] as string), labels);
      out.push('', `## ${task} / ${lang}`, '', reportMarkdown(rep), '');
      const by = (key: (r: Row) => string[]): string[] => {
        const groups = new Map<string, number[]>();
        idx.forEach((i) => key(dev[i] as Row).forEach((k) => groups.set(k, [...(groups.get(k) ?? []), i])));
        return [...groups].sort().map(([k, g]) => `${k}: ${(100 * evaluate(g.map((i) => (dev[i] as Row)[task]), g.map((i) => pred[i] as string), labels).macroF1).toFixed(1)} (n ${g.length}, wrong ${g.filter((i) => pred[i] !== (dev[i] as Row)[task]).length})`);
      };
      out.push('By author: ' + by((r) => [r.source.split(':')[1] ?? '?']).join('; '));
      out.push('By style: ' + by((r) => STYLES.filter(([, f]) => f(r.text)).map(([n]) => n)).join('; '), '');
      const pairs = new Map<string, number[]>();
      idx.forEach((i) => {
        const g = (dev[i] as Row)[task];
        if (g !== pred[i]) pairs.set(`${g} -> ${pred[i]}`, [...(pairs.get(`${g} -> ${pred[i]}`) ?? []), i]);
      });
      for (const [pair, list] of [...pairs].sort((a, b) => b[1].length - a[1].length)) {
        out.push(`- ${pair} (${list.length}): ${list.slice(0, nEx).map((i) => JSON.stringify((dev[i] as Row).text)).join(' · ')}`);
      }
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
