import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { Sparkline } from '@/components/charts/sparkline';
import { MOOD_COLOUR } from '@/components/charts/paths';
import { formatClock, formatDate, formatMomentValue, formatNumber, metricRows } from '@/lib/summary/present';
import { MetricGrid } from '../report/metric-grid';
import { useReportT } from '../report/use-report-t';
import { useStream, useSummaryReport } from '../report/use-summary';
import { DeleteStream } from './delete-stream';
import { StreamExportButton } from './stream-export-button';

const TOP = 3;

/** One stream in the popup: its numbers, viewer and mood curves, top questions, products and moments, and the way to the full report. */
export function StreamSummaryView({ streamId, onBack }: { streamId: number; onBack: () => void }) {
  const { t } = useTranslation('popup');
  const { t: tr, lang } = useReportT();
  const stream = useStream(streamId);
  const report = useSummaryReport(streamId);
  const curves = useMemo(() => {
    if (!report) return null;
    return {
      vx: report.readings.map((r) => r.ts),
      vy: report.readings.map((r) => r.viewers),
      mx: report.series.map((p) => p.ts),
      my: report.series.map((p) => p.mood),
    };
  }, [report]);
  const openReport = () => void browser.tabs.create({ url: browser.runtime.getURL(`/report.html?stream=${streamId}`) });
  if (stream === undefined || report === undefined) return <p className="empty">{tr('loading')}</p>;
  if (!stream || !report) {
    return (
      <>
        <button onClick={onBack} data-testid="summary-back">{t('summary.back')}</button>
        <p className="empty">{tr('notFound')}</p>
      </>
    );
  }
  const s = report.summary;
  return (
    // data-summary: the metrics exactly as computed (tests compare them with `npm run summary`).
    <section className="stream-summary" data-testid="stream-summary" data-stream-id={streamId} data-behind={report.behind} data-summary={JSON.stringify(s)}>
      <nav className="summary-bar">
        <button onClick={onBack} data-testid="summary-back">{t('summary.back')}</button>
        <button onClick={openReport} data-testid="open-report">{t('summary.openReport')}</button>
        <StreamExportButton streamId={streamId} />
        <DeleteStream streamId={streamId} onDeleted={onBack} />
      </nav>
      <h2>{stream.title || stream.roomKey}</h2>
      <p className="sub">{stream.platform} · {report.firstTs === null ? formatDate(stream.startedAt, lang) : formatDate(report.firstTs, lang)}</p>
      {report.behind > 0 && <p className="hint" role="status">{tr('behind', { count: report.behind })}</p>}
      <MetricGrid rows={metricRows(s, tr, lang)} testId="summary-metrics" />
      {curves && (
        <div className="curves">
          {curves.vx.length > 1 && <Sparkline x={curves.vx} y={curves.vy} width={220} height={40} stepped label={t('summary.viewerCurve')} testId="viewer-sparkline" />}
          {curves.mx.length > 1 && <Sparkline x={curves.mx} y={curves.my} width={220} height={40} range={[-1, 1]} stroke={MOOD_COLOUR} label={t('summary.moodCurve')} testId="mood-sparkline" />}
        </div>
      )}
      <h3>{t('summary.topQuestions')}</h3>
      {s.questions.length ? (
        <ol data-testid="summary-questions">
          {s.questions.slice(0, TOP).map((q) => <li key={q.group}>{q.text} <span className="chip">×{q.count}</span>{q.answered && <> <span className="chip">✓</span></>}</li>)}
        </ol>
      ) : <p className="empty">{tr('noQuestions')}</p>}
      <h3>{t('summary.topProducts')}</h3>
      {s.products.length ? (
        <ol data-testid="summary-products">
          {s.products.slice(0, TOP).map((p) => <li key={p.sku}>{p.sku}: {formatNumber(p.mentions, lang)} · {formatNumber(p.questions, lang)} · {formatNumber(p.purchaseSignals, lang)}</li>)}
        </ol>
      ) : <p className="empty">{tr('noProducts')}</p>}
      <h3>{t('summary.moments')}</h3>
      {s.moments.length ? (
        <ul data-testid="summary-moments">
          {s.moments.slice(0, 5).map((m) => <li key={`${m.kind}-${m.ts}`}>{formatClock(m.ts, lang)} {tr(`moment.${m.kind}`)} {formatMomentValue(m, lang)}{m.pitching ? ` · ${m.pitching}` : ''}</li>)}
        </ul>
      ) : <p className="empty">{tr('noMoments')}</p>}
    </section>
  );
}
