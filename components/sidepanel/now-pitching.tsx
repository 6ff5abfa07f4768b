import { useTranslation } from 'react-i18next';
import type { PitchRecord, ProductRecord } from '@/lib/db/schema';
import { isSoldOut } from '@/lib/catalog/types';
import { setPitching } from '@/lib/panel/use-pitching';
import { clock } from '@/lib/ui/format';
import type { PanelCatalog } from '@/lib/panel/use-question-queue';
import { CatalogLink } from './catalog-link';

const byNumber = (a: ProductRecord, b: ProductRecord) => (Number(a.number) || Infinity) - (Number(b.number) || Infinity) || a.title.localeCompare(b.title);

/**
 * "Now pitching": the host picks the product being presented (recorded as a pitch through the
 * worker); a product the page itself shows is recorded by lib/pitching and appears here marked so.
 */
export function NowPitching({ streamId, scope, pitch }: { streamId: number; scope: PanelCatalog; pitch: PitchRecord | null | undefined }) {
  const { t } = useTranslation('panel');
  const catalog = scope.bySku;
  const products = [...catalog.values()].sort(byNumber);
  const current = pitch?.sku ?? '';
  const change = (sku: string) => void setPitching(streamId, sku || null).catch((e: unknown) => console.warn('[live-copilot] setPitching failed', e));
  const now = pitch?.sku ? catalog.get(pitch.sku) : undefined;
  return (
    <section className="pitching" data-testid="now-pitching-section" data-sku={current} data-source={pitch?.source ?? ''}>
      <label className="pitch-label" htmlFor="pitch-select">
        {t('pitching.label')}
      </label>
      {products.length ? (
        <select
          id="pitch-select"
          data-testid="pitch-select"
          value={current}
          title={pitch ? (pitch.sku ? t('pitching.changed', { product: now?.title ?? pitch.sku, time: clock(pitch.ts) }) : t('pitching.stopped')) : undefined}
          onChange={(e) => change(e.target.value)}
        >
          <option value="">{t('pitching.nothing')}</option>
          {/* A pitched sku no longer in the catalog still shows what it is. */}
          {current && !catalog.has(current) && <option value={current}>{current}</option>}
          {products.map((p) => (
            <option key={p.sku} value={p.sku}>
              {p.number ? `#${p.number} ` : ''}
              {p.title}
              {p.price !== undefined && p.price !== null ? ` · ${p.price} ${p.currency ?? ''}` : ''}
              {isSoldOut(p) ? ` · ${t('pitching.soldOut')}` : ''}
            </option>
          ))}
        </select>
      ) : (
        <span className="empty small">{t('pitching.noCatalog')}</span>
      )}
      {pitch?.source === 'page' && pitch.sku && <span className="chip from-page">{t('pitching.fromPage')}</span>}
      <CatalogLink streamId={streamId} scope={scope} />
    </section>
  );
}
