/**
 * Corpus v3 authors (brief: ./README.md): each file was written independently, following
 * ../LABELLING.md, without reading any other corpus file, the models or public datasets. 30 %
 * of each author's templates is the v3 test split (test-v3.jsonl, frozen), 15 % dev, the rest trains;
 * en-g, zh-g and the round-2 and round-3 authors (trainOnly) only train.
 */
import type { Author } from '../authors';
import * as enE from './en-e';
import * as enF from './en-f';
import * as zhE from './zh-e';
import * as zhF from './zh-f';
import * as enG from './en-g';
import * as zhG from './zh-g';
import * as enH from './en-h';
import * as enI from './en-i';
import * as enJ from './en-j';
import * as zhH from './zh-h';
import * as zhI from './zh-i';
import * as zhJ from './zh-j';
import * as zhK from './zh-k';
import * as zhL from './zh-l';
import * as enK from './en-k';
import * as enL from './en-l';
import * as enM from './en-m';
import * as enN from './en-n';

export const AUTHORS_V3: Author[] = [
  { id: 'en-e', lang: 'en', lines: enE.LINES },
  { id: 'en-f', lang: 'en', lines: enF.LINES },
  { id: 'zh-e', lang: 'zh', lines: zhE.LINES, mixed: zhE.MIXED },
  { id: 'zh-f', lang: 'zh', lines: zhF.LINES, mixed: zhF.MIXED },
  // Written after the v3 dev error analysis, as training data only (appended: the split stream above is untouched).
  { id: 'en-g', lang: 'en', lines: enG.LINES, trainOnly: true },
  { id: 'zh-g', lang: 'zh', lines: zhG.LINES, mixed: zhG.MIXED, trainOnly: true },
  // Round 2 (2026-11-29 21:40, train only): eight more independent authors, each given only LABELLING.md and
  // ./README.md plus a persona; none read another corpus file, the models, dev errors or any evaluation data.
  { id: 'en-h', lang: 'en', lines: enH.LINES, trainOnly: true },
  { id: 'en-i', lang: 'en', lines: enI.LINES, trainOnly: true },
  { id: 'en-j', lang: 'en', lines: enJ.LINES, trainOnly: true },
  { id: 'zh-h', lang: 'zh', lines: zhH.LINES, mixed: zhH.MIXED, trainOnly: true },
  { id: 'zh-i', lang: 'zh', lines: zhI.LINES, mixed: zhI.MIXED, trainOnly: true },
  { id: 'zh-j', lang: 'zh', lines: zhJ.LINES, mixed: zhJ.MIXED, trainOnly: true },
  { id: 'zh-k', lang: 'zh', lines: zhK.LINES, mixed: zhK.MIXED, trainOnly: true },
  { id: 'zh-l', lang: 'zh', lines: zhL.LINES, mixed: zhL.MIXED, trainOnly: true },
  // Round 3 (2026-11-30 01:16, train only): four more independent English authors, given the same three
  // files and a persona (older home-shopping viewers; Englishes of SE Asia, South Asia, Africa and Latin
  // America; commenters under reviews; UK/Irish/AU hobby-stream chat); none read another corpus file.
  { id: 'en-k', lang: 'en', lines: enK.LINES, trainOnly: true },
  { id: 'en-l', lang: 'en', lines: enL.LINES, trainOnly: true },
  { id: 'en-m', lang: 'en', lines: enM.LINES, trainOnly: true },
  { id: 'en-n', lang: 'en', lines: enN.LINES, trainOnly: true },
];
