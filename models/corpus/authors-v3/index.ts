/**
 * Corpus v3 authors (brief: ./README.md): each file was written independently, following
 * ../LABELLING.md, without reading any other corpus file, the models or public datasets. 30 %
 * of each author's templates is the v3 test split (test-v3.jsonl, frozen), 15 % dev, the rest trains.
 */
import type { Author } from '../authors';
import * as enE from './en-e';
import * as enF from './en-f';
import * as zhE from './zh-e';
import * as zhF from './zh-f';

export const AUTHORS_V3: Author[] = [
  { id: 'en-e', lang: 'en', lines: enE.LINES },
  { id: 'en-f', lang: 'en', lines: enF.LINES },
  { id: 'zh-e', lang: 'zh', lines: zhE.LINES, mixed: zhE.MIXED },
  { id: 'zh-f', lang: 'zh', lines: zhF.LINES, mixed: zhF.MIXED },
];
