import type { UiLangChoice } from '../settings/settings';
import type { UiLang } from './resources';

/** The UI language: the user's choice, else the browser's (any Chinese variant → zh, else en). */
export function resolveUiLang(choice: UiLangChoice, browserLangs: readonly string[]): UiLang {
  if (choice !== 'auto') return choice;
  for (const l of browserLangs) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'en';
}
