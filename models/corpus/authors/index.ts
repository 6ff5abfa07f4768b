/**
 * Corpus v2 authors: each file was written independently, following ../LABELLING.md, without reading
 * the v1 templates or each other's files. A quarter of each v2 author's templates is the test split.
 */
import type { Intent } from '../../../lib/ml/labels';
import * as enA from './en-a';
import * as enB from './en-b';
import * as zhA from './zh-a';
import * as zhB from './zh-b';
import * as enC from './en-c';
import * as enD from './en-d';
import * as zhC from './zh-c';
import * as zhD from './zh-d';

export interface Author { id: string; lang: 'en' | 'zh'; lines: Record<Intent, string[]>; mixed?: Record<Intent, string[]>; trainOnly?: boolean }

export const AUTHORS: Author[] = [
  { id: 'en-a', lang: 'en', lines: enA.LINES },
  { id: 'en-b', lang: 'en', lines: enB.LINES },
  { id: 'zh-a', lang: 'zh', lines: zhA.LINES, mixed: zhA.MIXED },
  { id: 'zh-b', lang: 'zh', lines: zhB.LINES, mixed: zhB.MIXED },
  // v2.1: written after the first v2 test scoring, as training data only (the test split is frozen).
  { id: 'en-c', lang: 'en', lines: enC.LINES, trainOnly: true },
  { id: 'en-d', lang: 'en', lines: enD.LINES, trainOnly: true },
  { id: 'zh-c', lang: 'zh', lines: zhC.LINES, mixed: zhC.MIXED, trainOnly: true },
  { id: 'zh-d', lang: 'zh', lines: zhD.LINES, mixed: zhD.MIXED, trainOnly: true },
];
