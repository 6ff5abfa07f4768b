import { ensureOffscreen, closeOffscreen } from '../browser/offscreen';
import { mlMessaging } from '../messaging/ml-protocol';
import { getSettings } from '../settings/settings';
import type { EmbedFn } from '../suggest/group/pipeline';
import type { Classify } from './labeller';

/** Creates the models' document (if missing) with the backend the user chose. */
export async function ensureModels(): Promise<boolean> {
  const { mlBackend } = await getSettings();
  return ensureOffscreen(`?backend=${mlBackend}`);
}

/** The worker's view of the models: they live in the offscreen document, created on demand. */
export const classifyInOffscreen: Classify = async (texts) => {
  if (!(await ensureModels())) return texts.map(() => null);
  return mlMessaging.sendMessage('ml:classify', { texts });
};

/** Sentence embeddings from the models' document (question grouping, FAQ matching). */
export const embedInOffscreen: EmbedFn = async (texts, opts) => {
  if (!texts.length) return [];
  if (!(await ensureModels())) return texts.map(() => null);
  return mlMessaging.sendMessage('ml:embed', { texts, glossZh: opts?.glossZh === true });
};

/** A new backend setting takes effect by starting the models' document afresh. */
export async function reloadModels(): Promise<void> {
  await closeOffscreen();
  await ensureModels();
}
