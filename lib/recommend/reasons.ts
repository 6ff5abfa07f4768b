/**
 * Plain-text reasons from the structured ones, with the same strings the UI renders through
 * i18next (namespace `recommend`) — so the CLI's English and the card's never drift apart.
 */
import { recommend as en } from '../i18n/locales/en/recommend';
import { recommend as zh } from '../i18n/locales/zh/recommend';
import type { Reason } from './types';

const TABLES: Record<'en' | 'zh', Record<string, string>> = { en, zh };

export function reasonText(r: Reason, lang: 'en' | 'zh' = 'en'): string {
  const t = TABLES[lang];
  const count = r.params.count;
  const key = typeof count === 'number' && `${r.key}_one` in t ? `${r.key}_${count === 1 ? 'one' : 'other'}` : r.key;
  return (t[key] ?? r.key).replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(r.params[k] ?? ''));
}
