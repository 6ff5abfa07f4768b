import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getDb } from '@/lib/db/db';
import type { StreamRecord } from '@/lib/db/schema';
import { listStreams } from '@/lib/db/streams-repo';
import { formatDate, formatDuration, formatMood, formatNumber } from '@/lib/summary/present';
import { useReportT } from '../report/use-report-t';
import { useHeadline } from '../report/use-summary';
import { StreamExportButton } from './stream-export-button';

/** Streams newest first, searchable by platform, title or room; a click opens the stream's summary. */
export function StreamList({ onOpen }: { onOpen: (streamId: number) => void }) {
  const { t } = useTranslation('popup');
  const streams = useLiveQuery(() => listStreams(getDb()), []);
  const [q, setQ] = useState('');
  const shown = useMemo(() => {
    const needle = q.trim().toLocaleLowerCase();
    return (streams ?? []).filter((s) => !needle || [s.platform, s.title ?? '', s.roomKey, s.importedFrom ?? ''].some((f) => f.toLocaleLowerCase().includes(needle)));
  }, [streams, q]);
  if (streams && !streams.length) return <p className="empty">{t('noStreams', { ns: 'common' })}</p>;
  return (
    <>
      <input type="search" className="stream-search" placeholder={t('summary.searchPlaceholder')} aria-label={t('summary.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} data-testid="stream-search" />
      {q && !shown.length ? (
        <p className="empty">{t('summary.noMatch', { q })}</p>
      ) : (
        <table className="streams" data-testid="stream-list">
          <thead>
            <tr>
              {(['platform', 'title', 'started', 'duration', 'peak', 'comments', 'mood'] as const).map((c) => <th key={c}>{t(`summary.col.${c}`)}</th>)}
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.map((s) => <StreamRow key={s.id} stream={s} onOpen={onOpen} />)}
          </tbody>
        </table>
      )}
    </>
  );
}

function StreamRow({ stream: s, onOpen }: { stream: StreamRecord; onOpen: (id: number) => void }) {
  const { t, i18n } = useTranslation('popup');
  const { t: tr } = useReportT();
  const h = useHeadline(s.id);
  const lang = i18n.language;
  const title = s.title || s.roomKey;
  const live = s.endedAt === undefined;
  return (
    <tr data-testid="stream-row" data-platform={s.platform} data-stream-id={s.id} data-duration-ms={h?.durationMs} data-peak={h?.peakViewers ?? ''} data-comments={h?.comments} data-mood={h?.mood ?? ''}>
      <td>{s.platform}</td>
      <td>
        <button className="link" onClick={() => s.id !== undefined && onOpen(s.id)} title={t('summary.open', { title })} data-testid="stream-open">{title}</button>
        {s.importedFrom && <> <span className="chip">{t('streamLog.imported')}</span></>}
        {live && <> <span className="chip live">{t('live', { ns: 'common' })}</span></>}
      </td>
      <td>{formatDate(s.startedAt, lang)}</td>
      <td data-testid="stream-duration">{h ? formatDuration(h.durationMs, tr) : '…'}</td>
      <td data-testid="stream-peak">{h ? formatNumber(h.peakViewers, lang) : '…'}</td>
      <td data-testid="stream-comments">{h ? h.comments : '…'}</td>
      <td data-testid="stream-mood">{h ? formatMood(h.mood) : '…'}</td>
      <td>{s.id !== undefined && <StreamExportButton streamId={s.id} />}</td>
    </tr>
  );
}
