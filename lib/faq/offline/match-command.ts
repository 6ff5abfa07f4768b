/**
 * `npm run faq:match` as a function over parsed input lines: the extension's own matcher and
 * decision (lib/faq/match, lib/faq/decide in suggest mode: reply language, @mention, rotation,
 * banned words, never the host/moderators/known bots), without the live limits (cooldowns and
 * rates depend on real time; the extension applies them on top).
 */
import type { FaqEntry } from '../../catalog/types';
import type { LogEvent } from '../../events/event-log';
import { logEventProblem } from '../../events/event-log';
import { isPlatformId } from '../../events/guards';
import type { CommentLabels } from '../../ml/labels';
import { errorLine, readJsonLines, type InputLine } from '../../suggest/offline/json-lines';
import { decide } from '../decide';
import { createAnswerMatcher } from '../match/matcher';
import { DEFAULT_MATCH, type MatchParams } from '../match/params';
import { DEFAULT_BOTS } from '../safety/authors';
import { DEFAULT_BANNED_WORDS, parseBannedList } from '../safety/banned-words';
import { DEFAULT_LIMITS } from '../safety/limiter';
import type { EmbedFn } from '../types';

export type ClassifyFn = (texts: string[]) => Promise<(CommentLabels | null)[]>;

/** Comment events or bare `{text}` lines. */
export function faqLineProblem(v: Record<string, unknown>): string | null {
  if (typeof v.text !== 'string') return 'missing text';
  if ('kind' in v || 'platform' in v) return logEventProblem(v);
  return null;
}

export const readFaqLines = (text: string): InputLine[] => readJsonLines(text, faqLineProblem);

export interface FaqMatchOptions {
  faq: readonly FaqEntry[];
  /** Adds `reason` (why no reply) and `best` (closest entry) to each line. */
  explain?: boolean;
  params?: MatchParams;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export async function faqMatchCommand(lines: readonly InputLine[], deps: { classify?: ClassifyFn; embed?: EmbedFn }, o: FaqMatchOptions): Promise<Record<string, unknown>[]> {
  const matcher = await createAnswerMatcher(o.faq, deps.embed, o.params ?? DEFAULT_MATCH);
  const good = lines.filter((l) => l.value);
  // Lines carrying labels keep them (formats.md); the others are labelled with the shipped models.
  const need = good.filter((l) => !(l.value as Partial<LogEvent>).labels);
  const got = need.length && deps.classify ? await deps.classify(need.map((l) => String(l.value!.text))) : [];
  const labelOf = new Map(need.map((l, i) => [l, got[i] ?? null]));
  const banned = parseBannedList(DEFAULT_BANNED_WORDS);
  const variants = new Map<string, number>();
  const out: Record<string, unknown>[] = [];
  for (const [i, l] of lines.entries()) {
    if (!l.value) {
      out.push(errorLine(l));
      continue;
    }
    const v = l.value as Partial<LogEvent> & { text: string };
    const labels = v.labels ?? labelOf.get(l) ?? null;
    const m = await matcher.match(v.text, labels);
    const id = m.answer?.id ?? null;
    const d = decide(
      { streamId: 0, eventId: v.id ?? `line-${i + 1}`, platform: isPlatformId(v.platform) ? v.platform : 'youtube', ts: v.ts ?? 0, text: v.text, author: v.author ? { name: v.author.name, role: v.author.role } : undefined },
      m,
      // {text} lines name no platform: a mention is written only for an author, and Amazon's chat has none.
      { mode: 'suggest', now: v.ts ?? 0, rules: { bots: DEFAULT_BOTS, selfNames: [] }, banned, killSwitch: false, maxAgeMs: Infinity, variant: id ? (variants.get(id) ?? 0) : 0, recent: [], history: [], limits: DEFAULT_LIMITS },
    );
    if (d?.status === 'suggested' && id) variants.set(id, (d.variant ?? 0) + 1);
    const score = m.answer?.confidence ?? m.best?.confidence;
    const row: Record<string, unknown> = { ...v, faq: id, score: score === undefined ? null : round(score), reply: d?.status === 'suggested' ? d.reply : null };
    if (o.explain) {
      row.reason = d?.status === 'suppressed' ? d.reason : (m.reason ?? null);
      row.best = m.best?.id ?? null;
    }
    out.push(row);
  }
  return out;
}
