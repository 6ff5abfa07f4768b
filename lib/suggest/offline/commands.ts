/**
 * The offline `questions` and `suggest` commands as functions over parsed input lines, so the CLI
 * (scripts/questions.ts, scripts/suggest.ts) and the evaluation call exactly the same code.
 */
import type { FaqEntry, Product } from '../../catalog/types';
import type { LogEvent } from '../../events/event-log';
import { logEventProblem } from '../../events/event-log';
import { isPlatformId } from '../../events/guards';
import { findProductMention } from '../../ml/product-mention';
import type { EmbedFn } from '../group/pipeline';
import { draftReplies } from '../reply/drafts';
import { createFaqPicker } from '../reply/faq-pick';
import type { ReplyDraft } from '../reply/types';
import { extractSlots } from '../slots/extract';
import { analyseQuestions, type ClassifyFn } from './analyse';
import { errorLine, readJsonLines, type InputLine } from './json-lines';

export interface CommandDeps {
  classify?: ClassifyFn;
  embed?: EmbedFn;
}

export const readQuestionLines = (text: string): InputLine[] => readJsonLines(text, (v) => logEventProblem(v));

/** `questions`: each event with `question` and `group` added (bad lines echoed with `error`). */
export async function questionsCommand(lines: readonly InputLine[], deps: CommandDeps, catalog?: readonly Product[]): Promise<Record<string, unknown>[]> {
  const good = lines.filter((l) => l.value);
  const a = await analyseQuestions(good.map((l) => l.value as unknown as LogEvent), { catalog, ...deps });
  let k = 0;
  return lines.map((l) => {
    if (!l.value) return errorLine(l);
    const r = a.lines[k++];
    return { ...l.value, question: r?.question ?? false, group: r?.group ?? null };
  });
}

/** `suggest` accepts comment events or bare `{text}` lines; `pitching` must be a string or null. */
export function suggestLineProblem(v: Record<string, unknown>): string | null {
  if (typeof v.text !== 'string') return 'missing text';
  if ('pitching' in v && v.pitching !== null && typeof v.pitching !== 'string') return 'pitching must be a sku string or null';
  if ('kind' in v || 'platform' in v) return logEventProblem(v);
  return null;
}

export const readSuggestLines = (text: string): InputLine[] => readJsonLines(text, suggestLineProblem);

export interface SuggestOptions {
  catalog: readonly Product[];
  faq: readonly FaqEntry[];
  /** Default product being pitched (`--pitching`). */
  pitching?: string | null;
}

/** Adds `product` and `suggestions` to every line. */
export async function suggestCommand(lines: readonly InputLine[], deps: CommandDeps, o: SuggestOptions): Promise<Record<string, unknown>[]> {
  const good = lines.filter((l) => l.value);
  // {text} lines become comment events for the analysis (labels, pitch markers, staff roles).
  const events = good.map((l, i) => {
    const v = l.value as Record<string, unknown>;
    return ('kind' in v ? v : { platform: 'youtube', streamKey: 'offline', kind: 'comment', id: `line-${i}`, ts: i, text: v.text, ...v }) as unknown as LogEvent;
  });
  const a = await analyseQuestions(events, { catalog: o.catalog, classify: deps.classify });
  const picker = createFaqPicker(o.faq, deps.embed);
  let k = 0;
  const out: Record<string, unknown>[] = [];
  for (const l of lines) {
    if (!l.value) {
      out.push(errorLine(l));
      continue;
    }
    const v = l.value;
    const e = events[k] as LogEvent;
    const r = a.lines[k++];
    // The line's own `pitching` wins, then the log's pitch markers, then --pitching.
    const pitched = 'pitching' in v ? (v.pitching as string | null) : (r?.pitching ?? o.pitching ?? null);
    const text = String(v.text);
    let product: string | null;
    let suggestions: ReplyDraft[] = [];
    if (r?.question) {
      const slots = extractSlots(text, o.catalog, pitched);
      const platform = isPlatformId(v.platform) ? v.platform : undefined;
      suggestions = (await draftReplies({ text, slots, askers: e.author?.name ? [e.author.name] : [], platform, pitchedSku: pitched }, { catalog: o.catalog, faq: picker })).slice(0, 3);
      // The product the drafts are about: the question's, or the pitched one a description answered.
      const about = slots.sku ?? suggestions[0]?.facts.find((f) => f.sku)?.sku ?? null;
      product = about && o.catalog.some((p) => p.sku === about) ? about : null;
    } else {
      const m = findProductMention(text, o.catalog, pitched);
      product = m && m.confidence >= 0.75 ? m.sku : null;
    }
    out.push({ ...v, product, suggestions });
  }
  return out;
}
