/** Shared types of the FAQ auto-answer (lib/faq). */
export type { FaqEntry } from '../catalog/types';
export type { EmbedFn } from '../suggest/group/pipeline';

/** What the auto-answer does with a stream's matches. */
export const FAQ_MODES = ['suggest', 'approve', 'auto'] as const;
export type FaqMode = (typeof FAQ_MODES)[number];

/** Replies are written in the asker's language: Chinese when the line has Han characters. */
export type ReplyLang = 'en' | 'zh';

export type MatchMethod = 'semantic' | 'keyword' | 'regex';
