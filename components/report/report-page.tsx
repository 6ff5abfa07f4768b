import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getDb } from '@/lib/db/db';
import { listStreams } from '@/lib/db/streams-repo';
import { formatDate } from '@/lib/summary/present';
import { CompareView } from './compare-view';
import { ReportView } from './report-view';
import { useCatalogTitles, useStream, useSummaryReport } from './use-summary';
import './report.css';

/** The report page: one stream's report, and optionally a second stream compared side by side. */
export function ReportPage({ streamId, compareId }: { streamId?: number; compareId?: number }) {
  const { t, i18n } = useTranslation('report');
  const [other, setOther] = useState<number | undefined>(compareId);
  const stream = useStream(streamId);
  const report = useSummaryReport(streamId);
  const otherStream = useStream(other);
  const otherReport = useSummaryReport(other);
  const titles = useCatalogTitles();
  const streams = useLiveQuery(() => listStreams(getDb()), []) ?? [];
  if (streamId === undefined) return <main className="report-page"><p className="empty">{t('noStream')}</p></main>;
  if (stream === undefined || report === undefined) return <main className="report-page"><p className="empty">{t('loading')}</p></main>;
  if (!stream || !report) return <main className="report-page"><p className="empty" role="alert">{t('notFound')}</p></main>;
  const choose = (v: string) => {
    const id = Number(v) || undefined;
    setOther(id);
    const url = new URL(location.href);
    if (id) url.searchParams.set('compare', String(id));
    else url.searchParams.delete('compare');
    history.replaceState(null, '', url);
  };
  return (
    <main className="report-page">
      <nav className="report-bar">
        <label>
          {t('compare.pick')}{' '}
          <select value={other ?? ''} onChange={(e) => choose(e.currentTarget.value)} data-testid="compare-pick">
            <option value="">{t('compare.none')}</option>
            {streams.filter((s) => s.id !== streamId).map((s) => (
              <option key={s.id} value={s.id}>{`${s.title || s.roomKey} · ${formatDate(s.startedAt, i18n.language)}`}</option>
            ))}
          </select>
        </label>
      </nav>
      {otherStream && otherReport && <CompareView a={{ stream, report }} b={{ stream: otherStream, report: otherReport }} />}
      <ReportView stream={stream} report={report} titles={titles} behind={report.behind} />
    </main>
  );
}
