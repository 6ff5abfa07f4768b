/** How facts are written inside drafts: prices with their currency, lists, mentions. */
import type { PlatformId } from '../../events/live-event';
import type { QuestionLang } from '../slots/extract';

const SYMBOL: Record<string, string> = { USD: '$', CNY: '¥', RMB: '¥', EUR: '€', GBP: '£', JPY: '¥' };

/** "$45.00" / "45.00 CAD" / "¥89"; the number is the catalog's, never rounded into a new one. */
export function formatPrice(price: number, currency: string | undefined, lang: QuestionLang): string {
  const c = (currency ?? '').toUpperCase();
  const n = Number.isInteger(price) ? String(price) : price.toFixed(2);
  const sym = SYMBOL[c];
  if (sym && (lang === 'en' || sym === '¥')) return `${sym}${n}`;
  if (!c) return n;
  return lang === 'zh' ? `${n} ${c}` : `${n} ${c}`;
}

export function joinList(items: readonly string[], lang: QuestionLang): string {
  if (lang === 'zh') return items.join('、');
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Platforms whose chat turns "@name" into a mention the viewer is notified of (Amazon Live's does not). */
export const MENTION_PLATFORMS: ReadonlySet<PlatformId> = new Set(['youtube', 'twitch', 'tiktok', 'kick', 'whatnot', 'douyin', 'kuaishou', 'taobao']);

/** "@amy @bo " for up to three askers, or '' where the platform has no mentions. */
export function mentionPrefix(askers: readonly string[], platform: PlatformId | undefined): string {
  if (platform && !MENTION_PLATFORMS.has(platform)) return '';
  const names = askers.filter((a) => a.trim()).slice(-3);
  return names.length ? `${names.map((a) => `@${a.replace(/\s+/g, '')}`).join(' ')} ` : '';
}
