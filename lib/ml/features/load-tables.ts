/**
 * Every feature table a head or the student reads, loaded through an asset loader (the shipped
 * files): for tools and tests that need them all at once. The runtime loads the same files one by
 * one (lib/ml/runtime.ts) so that a missing table only lowers accuracy and is reported.
 */
import { Tokenizer } from '@tensorflow-models/universal-sentence-encoder';
import { loadJson, loadText, type LoadAsset } from '../platform/asset-io';
import { FEATURE_ASSETS } from '../heads';
import type { EmojiLexicon } from './featurize';
import type { FeatureTables } from './head-input';
import type { GlossDict } from './zh-gloss';
import { parseZhLexicon } from './zh-lexicon';

export async function loadAllFeatureTables(load: LoadAsset): Promise<Required<FeatureTables>> {
  const [emoji, gloss, zh, vocab] = await Promise.all([
    loadJson<EmojiLexicon>(load, FEATURE_ASSETS.emoji),
    loadJson<GlossDict>(load, FEATURE_ASSETS.gloss),
    loadText(load, FEATURE_ASSETS.zhLexicon),
    loadJson<[string, number][]>(load, 'use/vocab.json'),
  ]);
  return { emoji, gloss, zh: parseZhLexicon(zh), tokenizer: new Tokenizer(vocab) };
}
