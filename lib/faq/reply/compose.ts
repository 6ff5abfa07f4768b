/**
 * The reply text: one of the entry's answers in the asker's language, rotated, with light
 * templating (an opener and a closer that state no fact) and an @mention of the asker where the
 * platform has mentions. Successive replies of the same entry differ, so a platform's duplicate
 * filter (YouTube, Twitch and TikTok hide repeats) does not swallow them. Pure and deterministic:
 * `variant` is a counter the caller keeps per entry.
 */
import type { PlatformId } from '../../events/live-event';
import type { FaqEntry } from '../../catalog/types';
import { MENTION_PLATFORMS } from '../../suggest/reply/format';
import { answersIn } from '../match/matcher';
import type { ReplyLang } from '../types';

const OPENERS: Record<ReplyLang, readonly string[]> = {
  en: ['', 'Hi! ', 'Good question! ', 'Sure! ', 'Thanks for asking! '],
  zh: ['', '亲，', '您好，', '宝子，', '感谢提问～'],
};
const CLOSERS: Record<ReplyLang, readonly string[]> = {
  en: ['', ' 😊', ' Hope that helps!', ' 🙌'],
  zh: ['', '～', ' 😊', '，有问题再问哦'],
};

/** "@amy " for the asker, or '' where the platform has no mentions; a YouTube "@handle" keeps one @. */
export function mention(asker: string | null | undefined, platform: PlatformId | undefined): string {
  const name = (asker ?? '').replace(/^@+/, '').replace(/\s+/g, '');
  if (!name || (platform && !MENTION_PLATFORMS.has(platform))) return '';
  return `@${name} `;
}

export interface ComposeInput {
  entry: Pick<FaqEntry, 'lang' | 'answers'>;
  lang: ReplyLang;
  asker?: string | null;
  platform?: PlatformId;
  /** Rotation counter for this entry (0, 1, 2, …). */
  variant: number;
  /** Texts recently posted in this chat: the reply never repeats one of them exactly. */
  recent?: readonly string[];
  /** The platform's chat limit in characters. */
  maxLength?: number;
}

export interface ComposedReply {
  /** The whole message, mention included. */
  text: string;
  /** The message without the mention (what the banned-words check reads). */
  body: string;
  /** The variant actually used (≥ the one asked for when it had to skip a repeat). */
  variant: number;
}

/** `{name}` in an answer becomes the asker's name (or disappears). */
const fill = (answer: string, asker: string | null | undefined) => answer.replace(/\{(name|asker)\}/g, (asker ?? '').replace(/^@+/, '')).replace(/\s{2,}/g, ' ').trim();

export function composeReply(i: ComposeInput): ComposedReply | null {
  const answers = answersIn(i.entry, i.lang);
  if (!answers.length) return null;
  const at = mention(i.asker, i.platform);
  const opens = OPENERS[i.lang];
  const closes = CLOSERS[i.lang];
  const combos = answers.length * opens.length * closes.length;
  const recent = new Set(i.recent ?? []);
  let fallback: ComposedReply | null = null;
  for (let k = 0; k < combos; k += 1) {
    const v = i.variant + k;
    const a = answers[v % answers.length]!;
    const o = opens[Math.floor(v / answers.length) % opens.length]!;
    const c = closes[Math.floor(v / (answers.length * opens.length)) % closes.length]!;
    let body = `${o}${fill(a, i.asker)}${c}`;
    // Too long for the chat: drop the decoration before giving up (an answer is never cut).
    if (i.maxLength && (at + body).length > i.maxLength) body = fill(a, i.asker);
    if (i.maxLength && (at + body).length > i.maxLength) continue;
    const r = { text: `${at}${body}`, body, variant: v };
    if (!recent.has(r.text)) return r;
    fallback ??= r;
  }
  return fallback;
}
