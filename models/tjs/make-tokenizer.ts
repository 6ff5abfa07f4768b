/**
 * Builds a BERT-style WordPiece tokenizer (chars + frequent English words) from the TRAIN split only,
 * writes it where transformers.js loads local models, then encodes every split WITH transformers.js's
 * own tokenizer, so PyTorch trains on exactly the ids the extension will produce.
 * Run: npx tsx models/tjs/make-tokenizer.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AutoTokenizer, env } from '@xenova/transformers';
import { INTENTS, SENTIMENTS } from '../../lib/ml/labels';
import { loadSplit, loadUci, ROOT } from '../lib/data';

export const TINY_NAME = 'chat-tiny';
export const MAX_LEN = 48;
const DIR = join(ROOT, 'models', 'tjs', 'local', TINY_NAME);
export const SPECIAL = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];

function pieces(text: string): string[] {
  return text.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '')
    .replace(/(\p{Script=Han}|\p{P}|[$+<=>^`|~])/gu, ' $1 ').split(/\s+/).filter(Boolean);
}

export function buildVocab(texts: string[]): string[] {
  const words = new Map<string, number>();
  const chars = new Map<string, number>();
  for (const t of texts) for (const w of pieces(t)) {
    words.set(w, (words.get(w) ?? 0) + 1);
    for (const c of w) chars.set(c, (chars.get(c) ?? 0) + 1);
  }
  const charList = [...chars].filter(([, n]) => n >= 2).map(([c]) => c).sort();
  const wordList = [...words].filter(([w, n]) => n >= 3 && [...w].length > 1 && !/\p{Script=Han}/u.test(w)).sort((a, b) => b[1] - a[1]).slice(0, 3000).map(([w]) => w).sort();
  return [...new Set([...SPECIAL, ...charList, ...charList.map((c) => `##${c}`), ...wordList])];
}

export function tokenizerJson(vocab: string[]): object {
  const id = (t: string): number => vocab.indexOf(t);
  return {
    version: '1.0', truncation: null, padding: null,
    added_tokens: SPECIAL.map((content) => ({ id: id(content), content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }, { Sequence: { id: 'B', type_id: 1 } }, { SpecialToken: { id: '[SEP]', type_id: 1 } }],
      special_tokens: { '[CLS]': { id: '[CLS]', ids: [id('[CLS]')], tokens: ['[CLS]'] }, '[SEP]': { id: '[SEP]', ids: [id('[SEP]')], tokens: ['[SEP]'] } },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: Object.fromEntries(vocab.map((t, i) => [t, i])) },
  };
}

async function main(): Promise<void> {
  const train = loadSplit('train');
  const dev = loadSplit('dev');
  const test = loadSplit('test');
  const uci = loadUci();
  const vocab = buildVocab([...train.map((r) => r.text), ...uci.train.map((r) => r.text)]);
  mkdirSync(join(DIR, 'onnx'), { recursive: true });
  writeFileSync(join(DIR, 'tokenizer.json'), JSON.stringify(tokenizerJson(vocab)));
  writeFileSync(join(DIR, 'tokenizer_config.json'), JSON.stringify({ tokenizer_class: 'BertTokenizer', do_lower_case: true, model_max_length: MAX_LEN, cls_token: '[CLS]', sep_token: '[SEP]', pad_token: '[PAD]', unk_token: '[UNK]', mask_token: '[MASK]' }));
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = join(ROOT, 'models', 'tjs', 'local') + '/';
  const tok = await AutoTokenizer.from_pretrained(TINY_NAME);
  const enc = (texts: string[]): number[][] => texts.map((t) => (tok.encode(t) as number[]).slice(0, MAX_LEN));
  const data = {
    vocabSize: vocab.length, maxLen: MAX_LEN, intents: INTENTS, sentiments: SENTIMENTS,
    train: { ids: enc(train.map((r) => r.text)), intent: train.map((r) => INTENTS.indexOf(r.intent)), sentiment: train.map((r) => SENTIMENTS.indexOf(r.sentiment)) },
    dev: { ids: enc(dev.map((r) => r.text)), intent: dev.map((r) => INTENTS.indexOf(r.intent)), sentiment: dev.map((r) => SENTIMENTS.indexOf(r.sentiment)) },
    uci: { ids: enc(uci.train.map((r) => r.text)), sentiment: uci.train.map((r) => SENTIMENTS.indexOf(r.label)) },
    testCount: test.length,
  };
  mkdirSync(join(ROOT, 'models', '.cache'), { recursive: true });
  writeFileSync(join(ROOT, 'models', '.cache', 'tjs-data.json'), JSON.stringify(data));
  process.stderr.write(`vocab ${vocab.length}; example ${JSON.stringify(tok.encode('扣1 how much is #3 😍'))}\n`);
}

// Run as a script only (models/student/tiny-data.ts imports the vocabulary builder).
if (process.argv[1]?.endsWith('make-tokenizer.ts')) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
