/**
 * i18next for every extension surface (side panel, popup, options, report). `initUi()` is awaited
 * by each page's main.tsx before rendering; a language change in options re-renders open pages.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { getSettings, watchSettings } from '../settings/settings';
import { resolveUiLang } from './resolve-lang';
import { NAMESPACES, RESOURCES, type UiLang } from './resources';

export { resolveUiLang } from './resolve-lang';
export type { UiLang, Namespace } from './resources';

const browserLangs = (): readonly string[] => (typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language]);

/** A standalone instance (tests, offline commands, exported reports) in a fixed language. */
export async function createI18n(lang: UiLang): Promise<i18n> {
  const inst = i18next.createInstance();
  await inst.init({ lng: lang, fallbackLng: 'en', resources: RESOURCES, ns: NAMESPACES, defaultNS: 'common', interpolation: { escapeValue: false } });
  return inst;
}

/** Initialises the shared instance for React pages from the settings, and follows later changes. */
export async function initUi(): Promise<i18n> {
  const { uiLang } = await getSettings();
  await i18next.use(initReactI18next).init({
    lng: resolveUiLang(uiLang, browserLangs()),
    fallbackLng: 'en',
    resources: RESOURCES,
    ns: NAMESPACES,
    defaultNS: 'common',
    // React escapes text itself; scraped chat never reaches i18next as markup.
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
  watchSettings((s) => {
    const next = resolveUiLang(s.uiLang, browserLangs());
    if (next !== i18next.language) void i18next.changeLanguage(next).then(() => (document.documentElement.lang = next));
  });
  return i18next;
}
