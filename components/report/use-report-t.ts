import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '@/lib/summary/present';

/** The `report` namespace as lib/summary/present's plain translate function, and the UI language. */
export function useReportT(): { t: Translate; lang: string } {
  const { t, i18n } = useTranslation('report');
  // A new function when the language changes, so memoised rows follow it.
  const tr = useMemo<Translate>(() => (k, o) => String(t(k, o as never)), [t, i18n.language]);
  return { t: tr, lang: i18n.language };
}
