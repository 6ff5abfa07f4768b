/**
 * The teacher's soft labels: calibrated intent and sentiment probabilities from the SHIPPED models
 * (USE-lite + heads through lib/ml/runtime, exactly what the extension's accurate tier says), cached
 * on disk per teacher (sha256 of its weight files) in models/.cache/student/, appended as they are
 * computed so an interrupted run resumes where it stopped.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMlRuntime } from '../../lib/ml/runtime';
import { nodeLoadAsset } from '../../lib/ml/platform/node-assets';
import { embeddingStore } from '../lib/embed-cache';
import { englishForEncoder } from '../../lib/ml/features/encoder-input';
import { FEATURE_ASSETS } from '../../lib/ml/heads';
import type { GlossDict } from '../../lib/ml/features/zh-gloss';
import type { HeadScores } from '../../lib/ml/runtime';
import { ROOT } from '../lib/data';

/** The files whose bytes define the teacher's outputs. */
const TEACHER_FILES = ['intent', 'sentiment', 'polarity', 'review'].flatMap((h) => [`${h}/model.json`, `${h}/weights.bin`]).concat(['calibration.json', 'features/emoji.json', 'features/cedict-gloss.json', 'features/zh-lexicon.txt']);

/** Short id of the shipped teacher: a new teacher gets a new cache file. */
export function teacherId(): string {
  const h = createHash('sha256');
  for (const f of TEACHER_FILES) h.update(readFileSync(join(ROOT, 'public', 'models', f)));
  return h.digest('hex').slice(0, 12);
}

export type Soft = HeadScores;

// The disk cache of sentence embeddings lives with the training cache (one store for both).
export { embeddingStore };

/** A teacher's cached labels (text -> probabilities); a line cut by an interrupted write is skipped. */
export function readTeacherCache(file: string): Map<string, Soft> {
  const out = new Map<string, Soft>();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    try {
      const r = JSON.parse(line) as { t: string; i: number[]; s: number[] };
      out.set(r.t, { intent: r.i, sentiment: r.s });
    } catch { /* recomputed by teacherLabels */ }
  }
  return out;
}

/**
 * The teacher's labels for `texts`, computed for those not cached yet. `embeddedOnly`: label only the
 * lines whose sentence embedding is already on disk (or that need none), skipping the rest — a new
 * teacher head relabels what the encoder has done so far in minutes, not hours.
 */
export async function teacherLabels(texts: string[], log: (s: string) => void = () => {}, opts: { embeddedOnly?: boolean } = {}): Promise<Map<string, Soft>> {
  const dir = join(ROOT, 'models', '.cache', 'student');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `teacher-${teacherId()}.jsonl`);
  const out = readTeacherCache(file);
  const store = embeddingStore();
  let todo = [...new Set(texts.filter((t) => !out.has(t)))];
  if (opts.embeddedOnly) {
    // The runtime glosses Chinese for the encoder (intent head's glossZh): the same input is looked up here.
    const gloss = JSON.parse(readFileSync(join(ROOT, 'public', 'models', FEATURE_ASSETS.gloss), 'utf8')) as GlossDict;
    todo = todo.filter((t) => {
      const input = englishForEncoder(t, gloss);
      return input === null || store.has(input);
    });
  }
  log(`teacher ${file.split('/').pop()}: ${out.size} cached, ${todo.length} to label; embeddings cached: ${store.size()}`);
  if (!todo.length) return out;
  const rt = createMlRuntime({ loadAsset: nodeLoadAsset(ROOT), backend: 'wasm', batchSize: 128, blend: 0, wrapEncoder: store.wrap });
  const st = await rt.init();
  if (st.state !== 'ready') throw new Error(`teacher failed to load: ${st.message ?? ''}`);
  const t0 = Date.now();
  for (let i = 0; i < todo.length; i += 512) {
    const chunk = todo.slice(i, i + 512);
    const scores = await rt.scores(chunk);
    const lines: string[] = [];
    chunk.forEach((t, j) => {
      const s = scores[j];
      if (!s) throw new Error(`teacher could not score a line (batch at ${i})`);
      const round = (xs: number[]): number[] => xs.map((v) => Math.round(v * 1e5) / 1e5);
      out.set(t, { intent: round(s.intent), sentiment: round(s.sentiment) });
      lines.push(JSON.stringify({ t, i: round(s.intent), s: round(s.sentiment) }));
    });
    appendFileSync(file, `${lines.join('\n')}\n`);
    const done = Math.min(i + 512, todo.length);
    log(`teacher: ${done}/${todo.length} (${Math.round(done / ((Date.now() - t0) / 1000))}/s)`);
  }
  rt.dispose();
  return out;
}
