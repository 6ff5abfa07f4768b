/**
 * The models alone, in the browser (the model lab page: the runtime exactly as the offscreen
 * document runs it): load time, latency per batch size and comments/s per backend, and the
 * transformers.js contender beside them. Inputs: the probe lines' neighbours from the simulator.
 */
import { openModelLab } from '../../e2e/pages/model-lab';
import type { MlBackend } from '../../lib/ml/labels';
import type { BenchRow, ModelLab } from '../../lib/offscreen/model-lab';
import { chatItems } from '../harness/chat-source';
import type { BenchContext } from './context';

export interface ModelRow { model: string; backend: string; batch: number; commentsPerSec: number; loadMs: number; meanMs: number; p95Ms: number; heapMB?: number; note?: string }

const r1 = (n: number) => Math.round(n * 10) / 10;

export async function modelSpeeds(ctx: BenchContext): Promise<ModelRow[]> {
  // Distinct lines: the models, not the cache, are measured here.
  const texts = [...new Set(chatItems('models', 2000, 100, 7).map((i) => i.text))].slice(0, 256);
  const lab = await openModelLab(ctx.b);
  const rows: BenchRow[] = [];
  const plan: [MlBackend, number[], number][] = ctx.quick
    ? [['wasm', [8, 64], 2]]
    : [['wasm', [1, 8, 32, 64, 256], 4], ['webgl', [1, 8, 32], 2], ['cpu', [1, 8], 2]];
  try {
    for (const [backend, batches, runs] of plan) {
      ctx.log(`models on ${backend}…`);
      rows.push(...(await lab.evaluate(([be, t, bs, r]) => (window as unknown as { modelLab: ModelLab }).modelLab.benchTfjs(be, t, bs, r), [backend, texts, batches, runs] as [MlBackend, string[], number[], number])));
    }
    if (!ctx.quick) {
      ctx.log('transformers.js contender…');
      rows.push(...(await lab.evaluate(([t, bs, r]) => (window as unknown as { modelLab: ModelLab }).modelLab.benchTransformersJs(t, bs, r), [texts, [1, 8, 32, 64], 4] as [string[], number[], number])));
    }
  } finally {
    await lab.close();
  }
  return rows.map((r) => ({ model: r.model, backend: r.backend, batch: r.batch, commentsPerSec: r1(r.itemsPerSec), loadMs: r.loadMs, meanMs: r1(r.meanMs), p95Ms: r1(r.p95Ms), ...(r.heapMB === undefined ? {} : { heapMB: r.heapMB }), ...(r.note ? { note: r.note } : {}) }));
}
