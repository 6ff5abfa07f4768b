/**
 * The in-browser model runtime used by the offscreen document (and, unchanged, by the Node CLI):
 * picks a tfjs backend, loads the shipped weights through an injected loader, and labels batches of
 * comments. It never throws from classify: a text it cannot label comes back as null so the caller
 * keeps the event unlabelled rather than losing it.
 */
import * as tf from '@tensorflow/tfjs';
import { assetHandler, loadBinary, loadJson, loadText, type LoadAsset } from './platform/asset-io';
import { selectBackend, type WasmPaths } from './platform/backend';
import { englishForEncoder } from './features/encoder-input';
import type { EmojiLexicon } from './features/featurize';
import { Tokenizer } from '@tensorflow-models/universal-sentence-encoder';
import { buildInput, inputDim, USE_DIM, type FeatureConfig, type TokenEncoder } from './features/head-input';
import { FEATURE_ASSETS, HEADS, INTENT_COUPLING, REVIEW_WEIGHT, TIER_BLEND, type HeadName } from './heads';
import { INTENTS, SENTIMENTS, type CommentLabels, type MlBackendChoice, type MlStatus } from './labels';
import { needsLid, routeLang } from './features/lang-route';
import { hasLatin } from './features/text-normalize';
import type { LanguageIdentifier } from './features/lid';
import { blendRows, combinePolarity, composeSentiment, coupleIntent, topLabels } from './postprocess';
import { createStatusTracker } from './status-tracker';
import { applyTemperature, NO_CALIBRATION, type Calibration } from './calibration';
import { loadUseEncoder, USE_DIR, withEmbeddingCache, type UseEncoder } from './use-encoder';
import type { GlossDict } from './features/zh-gloss';
import { parseZhLexicon, type ZhLexicon } from './features/zh-lexicon';
import { runStudent, STUDENT, studentFeatures } from './student';
import { disposeMemory, MEMORY_DIR, mixRecall, parseMemory, recall, type Memory, type MemoryMeta } from './memory';

export interface MlRuntimeOptions {
  loadAsset: LoadAsset;
  backend: MlBackendChoice;
  /** Where tfjs-backend-wasm finds its .wasm files (extension: runtime.getURL('tfjs/')). */
  wasmPaths?: WasmPaths;
  /** Optional fastText language id; without it the Han/Latin script rule alone routes languages. */
  createLid?: () => Promise<LanguageIdentifier>;
  /** Texts per tfjs call; bounds GPU memory on long bursts. */
  batchSize?: number;
  /** false: raw head probabilities, ignoring calibration.json (models/calibrate.ts fits on those). */
  calibrate?: boolean;
  /** Overrides heads.ts's INTENT_COUPLING (experiments choosing it on dev). */
  intentCoupling?: number;
  /** Distinct encoder inputs whose embeddings are kept (0: none); default EMBEDDING_CACHE. */
  embeddingCache?: number;
  /** Load the distilled student (the `fast` tier, lib/ml/student.ts) beside the tables. */
  fast?: boolean;
  /**
   * When the accurate tier (USE-lite + heads) loads: 'eager' with everything (default), 'lazy' right
   * after init resolves (the student labels meanwhile; accurate calls wait for it), 'off' never.
   */
  accurate?: 'eager' | 'lazy' | 'off';
  /**
   * Wraps the loaded sentence encoder (training only: models/student/ keeps a disk cache of the
   * pool's embeddings, so a retrained head relabels the pool without running USE-lite again).
   */
  wrapEncoder?: (enc: UseEncoder) => UseEncoder;
  /**
   * Weight of the student's probabilities in the accurate tier's output; default TIER_BLEND
   * (lib/ml/heads.ts), which loads the student beside the heads. 0: the heads alone — the teacher
   * the student is distilled from (models/student/teacher.ts) and what head experiments score.
   */
  blend?: number;
  /** false: leave the memory expert (lib/ml/memory.ts) out of the blended tier (experiments). */
  memory?: boolean;
}

export type Tier = 'accurate' | 'fast';

/** 1,024 × 512 floats ≈ 2 MB: enough for the question queue to find what labelling just embedded. */
export const EMBEDDING_CACHE = 1024;

export interface MlRuntime {
  init(): Promise<MlStatus>;
  status(): MlStatus;
  /** Labels from the accurate tier (default) or the student ('fast'; null everywhere when it is not loaded). */
  classify(texts: string[], tier?: Tier): Promise<(CommentLabels | null)[]>;
  /** Full class probabilities (order of INTENTS / SENTIMENTS); null where a text could not be scored. */
  scores(texts: string[], tier?: Tier): Promise<(HeadScores | null)[]>;
  /** Whether the tier can label now (the student loaded; the accurate heads loaded, or loading lazily). */
  has(tier: Tier): boolean;
  /** Resolves when the accurate tier has finished loading (at once for 'eager'). */
  accurateReady(): Promise<void>;
  /**
   * USE-lite embeddings (512-d) of the English part of each text; null where there is none.
   * `glossZh` sends Chinese words as CC-CEDICT English glosses instead of dropping them.
   */
  embed(texts: string[], opts?: { glossZh?: boolean }): Promise<(number[] | null)[]>;
  dispose(): void;
}

export interface HeadScores { intent: number[]; sentiment: number[] }

/** What decides the sign of a polar line when an optional head is missing. */
const SIGN_FALLBACK = { polarity: 'the 3-class sentiment head decides the sign', review: 'the polarity head alone decides the sign' } as const;

/** Optional assets — feature tables, calibration, the memory bank: without one the tier still labels (status says so). */
const TABLES = new Set(['emoji-lexicon', 'zh-gloss', 'zh-lexicon', 'calibration', 'use-vocab', 'memory']);

const errText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createMlRuntime(opts: MlRuntimeOptions): MlRuntime {
  const tracker = createStatusTracker();
  const heads: Partial<Record<HeadName, tf.LayersModel>> = {};
  let use: UseEncoder | null = null;
  let lid: LanguageIdentifier | null = null;
  let emoji: EmojiLexicon = {};
  let gloss: GlossDict | null = null;
  let zhLex: ZhLexicon | null = null;
  let calibration: Calibration = NO_CALIBRATION;
  let initOnce: Promise<MlStatus> | null = null;
  let student: tf.LayersModel | null = null;
  let memory: Memory | null = null;
  let tokenizer: TokenEncoder | null = null;
  let accurateLoad: Promise<void> = Promise.resolve();
  const mode = opts.accurate ?? 'eager';
  const blendWeight = opts.blend ?? TIER_BLEND;
  /** A head failed to load (status says which) where the student blends in: the student labels alone. */
  const studentAlone = (): boolean => student !== null && blendWeight > 0 && (!heads.intent || !heads.sentiment);

  async function load(): Promise<MlStatus> {
    let backendName;
    let notes: string[] = [];
    try {
      ({ backend: backendName, notes } = await selectBackend(opts.backend, opts.wasmPaths));
      tracker.model('backend', true);
    } catch (e) {
      tracker.model('backend', false, errText(e));
      return tracker.fail(`no tfjs backend: ${errText(e)}`);
    }
    type Task = [string, () => Promise<void>];
    const accurate: Task[] = [
      ['use-lite', async () => {
        const raw = await loadUseEncoder(opts.loadAsset);
        use = withEmbeddingCache(opts.wrapEncoder ? opts.wrapEncoder(raw) : raw, opts.embeddingCache ?? EMBEDDING_CACHE);
      }],
      ['intent', async () => { heads.intent = await tf.loadLayersModel(assetHandler(opts.loadAsset, HEADS.intent.dir)); }],
      ['sentiment', async () => { heads.sentiment = await tf.loadLayersModel(assetHandler(opts.loadAsset, HEADS.sentiment.dir)); }],
      ['polarity', async () => { heads.polarity = await tf.loadLayersModel(assetHandler(opts.loadAsset, HEADS.polarity.dir)); }],
      ['review', async () => { heads.review = await tf.loadLayersModel(assetHandler(opts.loadAsset, HEADS.review.dir)); }],
    ];
    const tasks: Task[] = [
      ['emoji-lexicon', async () => { emoji = await loadJson<EmojiLexicon>(opts.loadAsset, FEATURE_ASSETS.emoji); }],
      ['zh-gloss', async () => { gloss = await loadJson<GlossDict>(opts.loadAsset, FEATURE_ASSETS.gloss); }],
      ['zh-lexicon', async () => { zhLex = parseZhLexicon(await loadText(opts.loadAsset, FEATURE_ASSETS.zhLexicon)); }],
    ];
    // The blended tier's sentiment also hears the memory expert (optional: without it, the blend alone).
    if (blendWeight > 0 && mode !== 'off' && opts.memory !== false) {
      accurate.push(['memory', async () => {
        memory = parseMemory(await loadJson<MemoryMeta>(opts.loadAsset, `${MEMORY_DIR}/meta.json`), await loadBinary(opts.loadAsset, `${MEMORY_DIR}/bank.bin`));
      }]);
    }
    // The accurate tier blends in the student's probabilities (`blend`): it loads the student too.
    if (opts.fast || (blendWeight > 0 && mode !== 'off')) {
      tasks.push(['student', async () => { student = await tf.loadLayersModel(assetHandler(opts.loadAsset, STUDENT.dir)); }]);
      // The student reads the sentence encoder's token bag (not the encoder): only its 0.2 MB vocabulary.
      tasks.push(['use-vocab', async () => { tokenizer = new Tokenizer(await loadJson<[string, number][]>(opts.loadAsset, `${USE_DIR}/vocab.json`)); }]);
    }
    if (opts.calibrate !== false) tasks.push(['calibration', async () => { calibration = { ...NO_CALIBRATION, ...(await loadJson<Partial<Calibration>>(opts.loadAsset, FEATURE_ASSETS.calibration)) }; }]);
    if (opts.createLid) tasks.push(['lid', async () => { lid = await (opts.createLid as () => Promise<LanguageIdentifier>)(); }]);
    const run = (list: Task[]): Promise<unknown> => Promise.all(list.map(async ([name, task]) => {
      try {
        await task();
        if (!TABLES.has(name)) tracker.model(name as 'intent', true);
      } catch (e) {
        if (name === 'calibration') notes.push(`calibration missing (scores are raw head probabilities): ${errText(e)}`);
        else if (TABLES.has(name)) notes.push(`${name} missing (lower accuracy): ${errText(e)}`);
        // Without these optional heads the stage before still labels everything (status says so).
        else if (name === 'polarity' || name === 'review') tracker.model(name, false, `${errText(e)}; ${SIGN_FALLBACK[name]} (lower accuracy)`);
        else tracker.model(name as 'intent', false, errText(e));
      }
    }));
    const encoderNote = (): void => {
      if (!use && mode !== 'off') notes.push('English sentence encoder unavailable: labels use n-gram features only (lower accuracy)');
      if (mode !== 'off' && studentAlone()) notes.push('accurate tier: a head is missing, the distilled student labels alone (lower accuracy)');
    };
    if (mode === 'eager') {
      await run([...tasks, ...accurate]);
      encoderNote();
      return tracker.finish(backendName, notes);
    }
    // The student and the tables first (what labelling needs), then the sentence encoder and heads:
    // the first labels do not wait for USE-lite, the largest and slowest model to load.
    await run(tasks);
    const first = tracker.finish(backendName, notes);
    if (mode === 'lazy') {
      accurateLoad = run(accurate).then(() => {
        encoderNote();
        tracker.finish(backendName, notes);
      });
    }
    return first;
  }

  /**
   * The features a head was trained on, from its model.json (models/train.ts records them), so
   * weights and input layout cannot drift apart; lib/ml/heads.ts for older files without them.
   */
  function featuresOf(name: HeadName): FeatureConfig {
    const meta = heads[name]?.getUserDefinedMetadata() as { head?: { features?: FeatureConfig } } | undefined;
    return meta?.head?.features ?? HEADS[name].features;
  }

  // Recent encoder inputs → embeddings. A question is embedded by `classify` and, moments later, by
  // `embed` for grouping: the second call must not run USE-lite again (it is the costliest model).
  const recent = new Map<string, Float32Array>();
  const RECENT_MAX = 2048;

  /** USE embeddings; `withGloss` routes Chinese through CC-CEDICT glosses (the heads were trained so). */
  async function embedRaw(texts: string[], withGloss: boolean): Promise<(Float32Array | null)[]> {
    const inputs = texts.map((t) => englishForEncoder(t, withGloss ? gloss : null));
    const out: (Float32Array | null)[] = inputs.map((t) => (t === null ? null : (recent.get(t) ?? null)));
    const enc = use as UseEncoder | null;
    if (!enc) return out;
    const todo = [...new Set(inputs.filter((t, i): t is string => t !== null && out[i] === null))];
    if (todo.length === 0) return out;
    const data = await enc.embed(todo);
    const fresh = new Map(todo.map((t, j) => [t, data.slice(j * USE_DIM, (j + 1) * USE_DIM)] as const));
    for (const [t, v] of fresh) {
      recent.set(t, v);
      if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value as string);
    }
    return inputs.map((t, i) => out[i] ?? (t === null ? null : (fresh.get(t) ?? null)));
  }

  async function runHead(name: HeadName, texts: string[], input: (cfg: FeatureConfig) => Float32Array): Promise<Float32Array> {
    const model = heads[name];
    if (!model) throw new Error(`${name} head not loaded`);
    const cfg = featuresOf(name);
    const x = tf.tensor2d(input(cfg), [texts.length, inputDim(cfg)]);
    const y = model.predict(x) as tf.Tensor;
    const data = (await y.data()) as Float32Array;
    tf.dispose([x, y]);
    return data;
  }

  async function inferBatch(texts: string[]): Promise<{ ip: Float32Array; sp: Float32Array }> {
    await accurateLoad;
    if (studentAlone()) return inferFast(texts);
    const emb = await embedRaw(texts, featuresOf('intent').glossZh === true);
    // Heads with the same feature layout (sentiment and polarity) share one input: VADER and the
    // n-gram hashing run once per line, not once per head.
    const built = new Map<string, Float32Array>();
    const input = (cfg: FeatureConfig): Float32Array => {
      const key = JSON.stringify(cfg);
      const x = built.get(key) ?? buildInput(texts, cfg, { emoji, gloss, zh: zhLex }, emb);
      built.set(key, x);
      return x;
    };
    const optional = (name: HeadName): Promise<Float32Array | null> => (heads[name] ? runHead(name, texts, input) : Promise.resolve(null));
    const [ip, three, pol, rev] = await Promise.all([runHead('intent', texts, input), runHead('sentiment', texts, input), optional('polarity'), optional('review')]);
    // Polarity and review heads output [negative, positive]; each is optional (see SIGN_FALLBACK).
    const pos = pol
      ? texts.map((t, i) => {
        const chat = pol[i * 2 + 1] ?? 0;
        return rev ? combinePolarity(chat, rev[i * 2 + 1] ?? 0, hasLatin(t), REVIEW_WEIGHT) : chat;
      })
      : null;
    const composed = pos ? composeSentiment(three, pos) : three;
    const sp = coupleIntent(composed, ip, INTENTS.length, INTENTS.indexOf('complaint'), INTENTS.indexOf('praise'), opts.intentCoupling ?? INTENT_COUPLING);
    // Calibrated last, on what the caller sees (models/calibrate.ts fits on exactly these outputs).
    const own = { ip: applyTemperature(ip, INTENTS.length, calibration.intent), sp: applyTemperature(sp, SENTIMENTS.length, calibration.sentiment) };
    // Without the student (not shipped, failed to load: status says so) the heads label alone.
    if (!student || blendWeight <= 0) return own;
    // The accurate tier's labels are the heads' and the student's probabilities averaged (both are
    // calibrated), then one more temperature: chosen on dev, where the two err on different lines
    // (models/experiments/tier-blend.ts, models/calibrate.ts).
    const fast = await inferFast(texts);
    // The memory expert's vote joins the sentiment before the last temperature (fitted with it in).
    const mixed = blendRows(own.sp, fast.sp, blendWeight);
    return {
      ip: applyTemperature(blendRows(own.ip, fast.ip, blendWeight), INTENTS.length, calibration.blendIntent ?? 1),
      sp: applyTemperature(memory ? mixRecall(mixed, await recall(memory, emb), SENTIMENTS.length, memory.meta.weight) : mixed, SENTIMENTS.length, calibration.blendSentiment ?? 1),
    };
  }

  /** The student's probabilities: already calibrated (it was trained on the teacher's calibrated scores). */
  async function inferFast(texts: string[]): Promise<{ ip: Float32Array; sp: Float32Array }> {
    if (!student) throw new Error('student not loaded');
    return runStudent(tf, student, texts, studentFeatures(student), { emoji, gloss, zh: zhLex, tokenizer });
  }

  const inferOf = (tier: Tier | undefined) => (tier === 'fast' ? inferFast : inferBatch);

  async function classifyBatch(texts: string[], tier?: Tier): Promise<(CommentLabels | null)[]> {
    const { ip, sp } = await inferOf(tier)(texts);
    const intents = topLabels(ip, INTENTS);
    const sents = topLabels(sp, SENTIMENTS);
    // fastText runs only where its guess can change the route (most chat lines are too short or Chinese).
    const guesses = lid ? await Promise.all(texts.map((t) => (needsLid(t) ? (lid as LanguageIdentifier).identify(t).catch(() => null) : null))) : [];
    return texts.map((t, i) => {
      const it = intents[i];
      const st = sents[i];
      if (!it || !st) return null;
      return { lang: routeLang(t, guesses[i] ?? null), sentiment: st.label, sentimentScore: st.score, intent: it.label, intentScore: it.score };
    });
  }

  /** Runs fn over batches; a failing batch (e.g. lost WebGL context) yields nulls, never drops texts. */
  async function batched<T>(texts: string[], fn: (chunk: string[]) => Promise<(T | null)[]>): Promise<(T | null)[]> {
    if (tracker.get().state !== 'ready') return texts.map(() => null);
    const size = opts.batchSize ?? 64;
    const out: (T | null)[] = [];
    for (let i = 0; i < texts.length; i += size) {
      const chunk = texts.slice(i, i + size);
      try {
        out.push(...(await fn(chunk)));
      } catch {
        out.push(...chunk.map(() => null));
      }
    }
    return out;
  }

  return {
    init: () => (initOnce ??= load()),
    status: () => tracker.get(),
    // An accurate call waits for a lazily loading tier first (its status may still say 'failed' if the
    // student did not load); a fast call never waits for the sentence encoder.
    classify: async (texts, tier) => {
      if (tier !== 'fast') await accurateLoad;
      return batched(texts, (chunk) => classifyBatch(chunk, tier));
    },
    scores: async (texts, tier) => {
      if (tier !== 'fast') await accurateLoad;
      return batched(texts, async (chunk) => {
        const { ip, sp } = await inferOf(tier)(chunk);
        const ni = INTENTS.length;
        const ns = SENTIMENTS.length;
        return chunk.map((_t, i) => ({ intent: Array.from(ip.subarray(i * ni, (i + 1) * ni)), sentiment: Array.from(sp.subarray(i * ns, (i + 1) * ns)) }));
      });
    },
    has: (tier) => (tier === 'fast' ? student !== null : mode !== 'off' && (heads.intent !== undefined || mode === 'lazy')),
    accurateReady: () => accurateLoad,
    async embed(texts: string[], eopts?: { glossZh?: boolean }): Promise<(number[] | null)[]> {
      try {
        await accurateLoad;
        return (await embedRaw(texts, eopts?.glossZh === true)).map((e) => (e ? Array.from(e) : null));
      } catch {
        return texts.map(() => null);
      }
    },
    dispose(): void {
      Object.values(heads).forEach((m) => m?.dispose());
      student?.dispose();
      disposeMemory(memory);
      (use as UseEncoder | null)?.dispose();
    },
  };
}
