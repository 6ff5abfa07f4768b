/**
 * The distilled student (the `fast` tier): hashed character/word n-grams, CC-CEDICT gloss tokens,
 * VADER and the Chinese lexicon features (lib/ml/features/head-input.ts, the teacher's own feature code minus
 * the sentence encoder) → one hidden layer → intent and sentiment softmaxes. Trained on the teacher's
 * calibrated probabilities over a pool of unlabelled chat (models/student/), so its scores read as
 * the teacher's do. No USE-lite: it labels thousands of lines per second on wasm.
 */
import type * as tfTypes from '@tensorflow/tfjs';
import type { FeatureConfig, FeatureTables } from './features/head-input';
import { buildInput, buildSparse, inputDim } from './features/head-input';
import { INTENTS, SENTIMENTS } from './labels';
import { sparsePlan, runSparse } from './student-sparse';

export interface StudentSpec { dir: string; features: FeatureConfig; hidden: number }

/** Chosen on dev (models/student/README.md); the runtime reads the shipped model.json's own copy. */
export const STUDENT: StudentSpec = {
  dir: 'student',
  features: { hashDim: 8192, useEmbedding: false, glossTokens: true, lexicon: true, zhLexicon: true, useTokens: 8000, zhWords: true },
  hidden: 96,
};

/** Row-major probabilities of both heads for a batch. */
export interface StudentOutput { ip: Float32Array; sp: Float32Array }

function checked(out: StudentOutput, n: number): StudentOutput {
  if (out.ip.length !== n * INTENTS.length || out.sp.length !== n * SENTIMENTS.length) throw new Error('student output has the wrong shape');
  return out;
}

/**
 * Runs the two-output student model on a batch (the caller owns the model and the tfjs backend).
 * The first layer reads only each line's non-zero inputs (lib/ml/student-sparse.ts): the same
 * weights and the same function as `model.predict` on the dense rows (`runStudentDense`), about
 * 100 of 16,225 inputs per line instead of all of them. A model whose first layer is not a Dense
 * over the input runs dense.
 */
export async function runStudent(tf: typeof tfTypes, model: tfTypes.LayersModel, texts: string[], features: FeatureConfig, tables: FeatureTables): Promise<StudentOutput> {
  const plan = sparsePlan(model, inputDim(features));
  if (!plan) return runStudentDense(tf, model, texts, features, tables);
  const out = await runSparse(tf, plan, buildSparse(texts, features, tables));
  return checked({ ip: out[0] as Float32Array, sp: out[1] as Float32Array }, texts.length);
}

/** The plain `model.predict` over dense input rows: the reference the sparse path is tested against. */
export async function runStudentDense(tf: typeof tfTypes, model: tfTypes.LayersModel, texts: string[], features: FeatureConfig, tables: FeatureTables): Promise<StudentOutput> {
  const x = tf.tensor2d(buildInput(texts, features, tables), [texts.length, inputDim(features)]);
  const [yi, ys] = model.predict(x) as tfTypes.Tensor[];
  const [ip, sp] = (await Promise.all([(yi as tfTypes.Tensor).data(), (ys as tfTypes.Tensor).data()])) as [Float32Array, Float32Array];
  tf.dispose([x, yi as tfTypes.Tensor, ys as tfTypes.Tensor]);
  return checked({ ip, sp }, texts.length);
}

/** The feature layout a shipped student was trained on (its model.json), else STUDENT's. */
export function studentFeatures(model: tfTypes.LayersModel): FeatureConfig {
  const meta = model.getUserDefinedMetadata() as { student?: { features?: FeatureConfig } } | undefined;
  return meta?.student?.features ?? STUDENT.features;
}
