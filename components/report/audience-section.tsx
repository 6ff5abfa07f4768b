import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getDb } from '@/lib/db/db';
import type { StreamRecord } from '@/lib/db/schema';
import { newVsReturning, shopAudience, type AudienceShare } from '@/lib/summary/audience/audience';
import { forgetViewer, shopRows } from '@/lib/summary/audience/store';
import { formatDate, formatNumber, formatPercent } from '@/lib/summary/present';

/** New vs returning viewers of one stream, from every viewer row of its shop; undefined while loading. */
export function useAudienceShare(stream: StreamRecord | null | undefined): AudienceShare | null | undefined {
  return useLiveQuery(async () => (stream?.id === undefined ? null : newVsReturning(await shopRows(getDb(), stream.roomKey), stream.id)), [stream?.id, stream?.roomKey]);
}

const SHOWN = 20;

/** The audience across the shop's streams: this stream's returning share, top fans, forget a viewer. */
export function AudienceSection({ stream, share }: { stream: StreamRecord; share: AudienceShare | null | undefined }) {
  const { t, i18n } = useTranslation('report');
  const lang = i18n.language;
  const fans = useLiveQuery(async () => shopAudience(await shopRows(getDb(), stream.roomKey)).slice(0, SHOWN), [stream.roomKey]);
  const [asking, setAsking] = useState<string>();
  const [done, setDone] = useState<string>();
  const forget = async (name: string) => {
    await forgetViewer(getDb(), stream.roomKey, name);
    setAsking(undefined);
    setDone(name);
  };
  return (
    <section className="report-section" data-testid="audience">
      <h2>{t('section.audience')}</h2>
      <p data-testid="audience-share">
        {share?.returningShare === null || !share ? t('audience.shareNone') : t('audience.share', { returning: share.returning, viewers: share.viewers, pct: formatPercent(share.returningShare, lang) })}
      </p>
      <h3>{t('audience.topFans', { shop: stream.roomKey })}</h3>
      {!fans?.length ? (
        <p className="empty">{t('audience.empty')}</p>
      ) : (
        <table className="report-table" data-testid="top-fans">
          <thead>
            <tr><th>{t('col.viewer')}</th><th>{t('col.streams')}</th><th>{t('col.comments')}</th><th>{t('col.questions')}</th><th>{t('col.purchases')}</th><th>{t('col.lastSeen')}</th><th /></tr>
          </thead>
          <tbody>
            {fans.map((f) => (
              <tr key={f.name} data-testid="fan-row" data-name={f.name}>
                <td>{f.name}</td>
                <td>{formatNumber(f.streams, lang)}</td>
                <td>{formatNumber(f.comments, lang)}</td>
                <td>{formatNumber(f.questions, lang)}</td>
                <td>{formatNumber(f.purchases, lang)}</td>
                <td>{formatDate(f.lastSeen, lang)}</td>
                <td>
                  {asking === f.name ? (
                    <span role="alertdialog">
                      {t('audience.forgetConfirm', { name: f.name })}{' '}
                      <button data-testid="forget-yes" onClick={() => void forget(f.name)}>{t('audience.forget')}</button>{' '}
                      <button onClick={() => setAsking(undefined)}>{t('no')}</button>
                    </span>
                  ) : (
                    <button data-testid="forget" onClick={() => setAsking(f.name)}>{t('audience.forget')}</button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {done && <p role="status">{t('audience.forgotten', { name: done })}</p>}
      <p className="hint">{t('audience.privacy')}</p>
    </section>
  );
}
