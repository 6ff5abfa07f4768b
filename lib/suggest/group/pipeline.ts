/**
 * From comments to grouped questions: slots and embeddings for a batch (one embed call per
 * language), then the incremental grouper in input order. The embedder is injected: the worker
 * passes one that asks the offscreen document (`ml:embed`), Node passes the runtime's `embed`.
 */
import type { SlotCatalog } from '../slots/extract';
import { extractSlots } from '../slots/extract';
import { simplifyZh } from '../slots/zh-fold';
import { createGrouper, DEFAULT_GROUPING, type GroupingParams, type GroupState, type QuestionGrouper, type QuestionItem } from './grouper';

export type EmbedFn = (texts: string[], opts?: { glossZh?: boolean }) => Promise<(number[] | null)[]>;

export interface QuestionInput {
  id: string;
  text: string;
  ts: number;
  author: string | null;
  /** The sku being pitched when the question was asked (resolves "this one" / "这个"). */
  pitchedSku: string | null;
}

export interface FeaturizeOptions {
  catalog: SlotCatalog;
  /** Without an embedder every language falls back to n-gram similarity. */
  embed?: EmbedFn;
  params?: GroupingParams;
}

/** Slots and embeddings for a batch of questions, in input order. */
export async function featurizeQuestions(inputs: readonly QuestionInput[], o: FeaturizeOptions): Promise<QuestionItem[]> {
  const p = o.params ?? DEFAULT_GROUPING;
  const items: QuestionItem[] = inputs.map((q) => ({ id: q.id, text: q.text, ts: q.ts, author: q.author, pitched: q.pitchedSku, vec: null, slots: extractSlots(q.text, o.catalog, q.pitchedSku) }));
  if (o.embed) {
    const en = items.filter((q) => q.slots.lang === 'en');
    const zh = p.zhGlossWeight > 0 ? items.filter((q) => q.slots.lang === 'zh') : [];
    const [ve, vz] = await Promise.all([
      en.length ? o.embed(en.map((q) => q.text)) : Promise.resolve([]),
      zh.length ? o.embed(zh.map((q) => simplifyZh(q.text)), { glossZh: true }) : Promise.resolve([]),
    ]);
    en.forEach((q, i) => { q.vec = ve[i] ?? null; });
    zh.forEach((q, i) => { q.vec = vz[i] ?? null; });
  }
  return items;
}

export interface GroupedQuestions {
  /** Group id per input, in input order. */
  groupIds: string[];
  groups: GroupState[];
}

/** Batch grouping of one stream's questions (input order = ask order), e.g. for a file. */
export async function groupQuestions(inputs: readonly QuestionInput[], o: FeaturizeOptions, grouper: QuestionGrouper = createGrouper(o.params)): Promise<GroupedQuestions> {
  const items = await featurizeQuestions(inputs, o);
  const groupIds = items.map((q) => grouper.add(q).group.id);
  return { groupIds, groups: grouper.groups() };
}
