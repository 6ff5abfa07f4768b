/**
 * Corpus v3 authors (brief: ./README.md): each file was written independently, following
 * ../LABELLING.md, without reading any other corpus file, the models or public datasets. 30 %
 * of each author's templates is the v3 test split (test-v3.jsonl, frozen), 15 % dev, the rest trains;
 * en-g and zh-g (trainOnly) only train.
 */
import type { Author } from '../authors';
import * as enE from './en-e';
import * as enF from './en-f';
import * as zhE from './zh-e';
import * as zhF from './zh-f';
import * as enG from './en-g';
import * as zhG from './zh-g';

export const AUTHORS_V3: Author[] = [
  { id: 'en-e', lang: 'en', lines: enE.LINES },
  { id: 'en-f', lang: 'en', lines: enF.LINES },
  { id: 'zh-e', lang: 'zh', lines: zhE.LINES, mixed: zhE.MIXED },
  { id: 'zh-f', lang: 'zh', lines: zhF.LINES, mixed: zhF.MIXED },
  // Written after the v3 dev error analysis, as training data only (appended: the split stream above is untouched).
  { id: 'en-g', lang: 'en', lines: enG.LINES, trainOnly: true },
  { id: 'zh-g', lang: 'zh', lines: zhG.LINES, mixed: zhG.MIXED, trainOnly: true },
];
