/**
 * Data for the transformers.js kind of student (the tiny transformer of models/tjs/, distilled):
 * a WordPiece vocabulary built from the pool, the pool's token ids produced by transformers.js's own
 * tokenizer, the teacher's soft labels, and dev (gold labels) for choosing the epoch.
 * Writes models/tjs/local/chat-tiny-student/ (tokenizer) and models/.cache/student/tiny-data.json.
 * Then: TINY_DATA=models/.cache/student/tiny-data.json TINY_NAME=chat-tiny-student /usr/bin/python3 models/tjs/train_tiny.py
 */
import '../../lib/ml/platform/node-quiet-console';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AutoTokenizer, env } from '@xenova/transformers';
import { INTENTS, SENTIMENTS } from '../../lib/ml/labels';
import { loadSplit, ROOT } from '../lib/data';
import { buildVocab, MAX_LEN, tokenizerJson } from '../tjs/make-tokenizer';
import { buildPool } from './pool';
import { teacherLabels } from './teacher';

export const TINY_STUDENT = 'chat-tiny-student';

const { lines } = buildPool();
const dev = loadSplit('dev');
const soft = await teacherLabels([...dev.map((r) => r.text), ...lines.map((l) => l.text)], (s) => process.stderr.write(`${s}\n`));
const dir = join(ROOT, 'models', 'tjs', 'local', TINY_STUDENT);
mkdirSync(join(dir, 'onnx'), { recursive: true });
const vocab = buildVocab(lines.map((l) => l.text));
writeFileSync(join(dir, 'tokenizer.json'), JSON.stringify(tokenizerJson(vocab)));
writeFileSync(join(dir, 'tokenizer_config.json'), JSON.stringify({ tokenizer_class: 'BertTokenizer', do_lower_case: true, model_max_length: MAX_LEN, cls_token: '[CLS]', sep_token: '[SEP]', pad_token: '[PAD]', unk_token: '[UNK]', mask_token: '[MASK]' }));
env.allowRemoteModels = false;
env.allowLocalModels = true;
env.localModelPath = `${join(ROOT, 'models', 'tjs', 'local')}/`;
const tok = await AutoTokenizer.from_pretrained(TINY_STUDENT);
const enc = (texts: string[]): number[][] => texts.map((t) => (tok.encode(t) as number[]).slice(0, MAX_LEN));
const data = {
  vocabSize: vocab.length, maxLen: MAX_LEN, intents: INTENTS, sentiments: SENTIMENTS,
  train: { ids: enc(lines.map((l) => l.text)), softIntent: lines.map((l) => soft.get(l.text)?.intent), softSentiment: lines.map((l) => soft.get(l.text)?.sentiment) },
  dev: { ids: enc(dev.map((r) => r.text)), intent: dev.map((r) => INTENTS.indexOf(r.intent)), sentiment: dev.map((r) => SENTIMENTS.indexOf(r.sentiment)) },
};
mkdirSync(join(ROOT, 'models', '.cache', 'student'), { recursive: true });
writeFileSync(join(ROOT, 'models', '.cache', 'student', 'tiny-data.json'), JSON.stringify(data));
process.stderr.write(`tiny data: vocab ${vocab.length}, ${lines.length} pool lines\n`);
