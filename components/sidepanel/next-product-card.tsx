/**
 * "Pitch next": the recommender's top 3 for the current stream with reasons from the data, and a
 * "Now pitching" button that records the pitch (bg:setPitching). Asks the worker again when the
 * stream gains events (its incremental state reads only what is new) and every 20 s, since demand
 * decays with time even when the chat is quiet. Scraped titles render as React text.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bgMessaging } from '@/lib/messaging/bg-protocol';
import type { RecommendView } from '@/lib/recommend/worker/service';

const REFRESH_MS = 20_000;

export function NextProductCard({ streamId, eventCount }: { streamId?: number; eventCount?: number }) {
  const { t } = useTranslation('recommend');
  const [view, setView] = useState<RecommendView | null>(null);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  useEffect(() => {
    const id = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(id);
  }, [refresh]);
  useEffect(() => {
    if (streamId === undefined) return;
    let live = true;
    bgMessaging.sendMessage('bg:recommend', { streamId }).then((v) => { if (live) setView(v); }, (e: unknown) => console.warn('[live-copilot] recommend', e));
    return () => { live = false; };
  }, [streamId, eventCount, tick]);
  if (streamId === undefined || !view) return null;
  const pitch = (sku: string) => { void bgMessaging.sendMessage('bg:setPitching', { streamId, sku }).then(refresh); };
  return (
    <section className="card next-product" data-testid="next-product">
      <h2>{t('title')}</h2>
      {view.pitchingTitle && <p className="muted" data-testid="pitching-now">{t('pitchingNow', { product: view.pitchingTitle })}</p>}
      {view.items.length === 0 && <p className="empty">{t('empty')}</p>}
      <ol>
        {view.items.map((it) => (
          <li key={it.sku} data-testid="next-product-item" data-sku={it.sku}>
            <strong>{it.ref !== it.title ? `${it.ref} ${it.title}` : it.title}</strong>
            <ul className="reasons">
              {it.reasons.map((r) => <li key={r.key} data-testid="reason" data-key={r.key}>{t(r.key, r.params)}</li>)}
            </ul>
            <button type="button" data-testid="now-pitching" onClick={() => pitch(it.sku)}>{t('nowPitching')}</button>
          </li>
        ))}
      </ol>
    </section>
  );
}
