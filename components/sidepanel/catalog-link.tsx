import { useTranslation } from 'react-i18next';
import { linkStreamCatalog, type PanelCatalog } from '@/lib/panel/use-question-queue';

/**
 * Which catalog the stream is about (lib/catalog/scope.ts): shown only when there is a choice
 * (two shops' catalogs in one browser). With none linked it says what goes wrong — product numbers
 * may resolve to another shop's products — and asks the host to choose.
 */
export function CatalogLink({ streamId, scope }: { streamId: number; scope: PanelCatalog }) {
  const { t } = useTranslation('panel');
  if (scope.names.length < 2) return null;
  const change = (name: string) => void linkStreamCatalog(streamId, name || null).catch((e: unknown) => console.warn('[live-copilot] link catalog failed', e));
  return (
    <div className="catalog-link" data-testid="catalog-link" data-catalog={scope.name ?? ''} data-via={scope.via ?? ''}>
      <label className="pitch-label" htmlFor="catalog-select">
        {t('catalog.label')}
      </label>
      <select id="catalog-select" data-testid="catalog-select" value={scope.name ?? ''} title={scope.via ? t(`catalog.via.${scope.via}`) : t('catalog.none')} onChange={(e) => change(e.target.value)}>
        {scope.name === null && <option value="">{t('catalog.choose')}</option>}
        {scope.names.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
      {scope.name === null && (
        <p className="catalog-warning" role="alert" data-testid="catalog-none">
          {t('catalog.none')}
        </p>
      )}
    </div>
  );
}
