/**
 * Adapter over fasttext.wasm.js's lid.176 model. The caller constructs the model with the entry that
 * fits its environment ('fasttext.wasm.js' in Node, 'fasttext.wasm.js/common' in the extension with
 * wasmPath/modelPath from runtime.getURL) so this module imports neither.
 */
import type { LidGuess } from './lang-route';

export interface LanguageIdentifier { identify(text: string): Promise<LidGuess> }

/** The subset of fasttext.wasm.js's LanguageIdentificationModel this adapter needs. */
export interface FastTextLidModel {
  load(): Promise<unknown>;
  identify(text: string): Promise<{ alpha2: string | null; possibility: number }>;
}

export async function fastTextLid(model: FastTextLidModel): Promise<LanguageIdentifier> {
  await model.load();
  return {
    async identify(text: string): Promise<LidGuess> {
      // fastText treats a newline as end of input; chat lines are single lines anyway.
      const r = await model.identify(text.replace(/\s+/g, ' '));
      return { lang: r.alpha2, prob: r.possibility };
    },
  };
}
