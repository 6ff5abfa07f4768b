/**
 * Corpus v2 authors: each file was written independently, following ../LABELLING.md, without reading
 * the v1 templates or each other's files. A quarter of each author's templates is the v2 test split.
 */
import type { Intent } from '../../../lib/ml/labels';
import * as enA from './en-a';
import * as enB from './en-b';
import * as zhA from './zh-a';
import * as zhB from './zh-b';

export interface Author { id: string; lang: 'en' | 'zh'; lines: Record<Intent, string[]>; mixed?: Record<Intent, string[]> }

export const AUTHORS: Author[] = [
  { id: 'en-a', lang: 'en', lines: enA.LINES },
  { id: 'en-b', lang: 'en', lines: enB.LINES },
  { id: 'zh-a', lang: 'zh', lines: zhA.LINES, mixed: zhA.MIXED },
  { id: 'zh-b', lang: 'zh', lines: zhB.LINES, mixed: zhB.MIXED },
];
