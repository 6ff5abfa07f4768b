import { ensureOffscreen, closeOffscreen, forgetOffscreen } from '../browser/offscreen';
import { mlMessaging } from '../messaging/ml-protocol';
import { stillValid } from '../realtime/backend-choice';
import { currentMeasureKey, loadMeasurement } from '../realtime/backend-store';
import { offscreenQuery } from '../realtime/offscreen-params';
import { getSettings } from '../settings/settings';
import type { EmbedFn } from '../suggest/group/pipeline';
import type { Classify } from './labeller';

/** The models' document's URL query: the user's backend, and for 'auto' the still-valid pick if any. */
async function modelsQuery(): Promise<string> {
  const { mlBackend } = await getSettings();
  if (mlBackend !== 'auto') return offscreenQuery({ choice: mlBackend });
  const m = await loadMeasurement();
  return offscreenQuery({ choice: 'auto', picked: stillValid(m, currentMeasureKey()) ? m.picked : undefined });
}

/** Creates the models' document (if missing) with the backend the user chose. */
export function ensureModels(): Promise<boolean> {
  return ensureOffscreen(modelsQuery);
}

/** The worker's view of the models: they live in the offscreen document, created on demand. */
export const classifyInOffscreen: Classify = async (texts, tier) => {
  if (!(await ensureModels())) return { tier, labels: texts.map(() => null) };
  return mlMessaging.sendMessage('ml:classify', { texts, tier }).catch(forgotten);
};

/** A failed request may mean the document is gone (it crashed, or was closed): look again next time. */
function forgotten(e: unknown): never {
  forgetOffscreen();
  throw e;
}

/** Sentence embeddings from the models' document (question grouping, FAQ matching). */
export const embedInOffscreen: EmbedFn = async (texts, opts) => {
  if (!texts.length) return [];
  if (!(await ensureModels())) return texts.map(() => null);
  return mlMessaging.sendMessage('ml:embed', { texts, glossZh: opts?.glossZh === true }).catch(forgotten);
};

/** A new backend setting (or a new measurement) takes effect by starting the models' document afresh. */
export async function reloadModels(): Promise<void> {
  await closeOffscreen();
  await ensureModels();
}
