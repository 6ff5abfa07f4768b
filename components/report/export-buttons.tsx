import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDb } from '@/lib/db/db';
import { exportStreamLog } from '@/lib/db/stream-log-repo';
import type { StreamRecord } from '@/lib/db/schema';
import { parseEventLog } from '@/lib/events/event-log';
import type { AudienceShare } from '@/lib/summary/audience/audience';
import { eventsCsv, seriesCsv } from '@/lib/summary/export/csv';
import { summaryJson } from '@/lib/summary/export/json';
import { pitchTimeline } from '@/lib/summary/pitch-timeline';
import { excludedIds, splitLog } from '@/lib/summary/summarize';
import type { SummaryReport } from '@/lib/summary/types';
import { dateStamp, downloadText } from '@/lib/ui/download';
import { reportHtml } from './html-export';
import type { ChartRegistry } from './report-charts';

interface Props {
  stream: StreamRecord;
  report: SummaryReport;
  charts: ChartRegistry;
  audience: AudienceShare | null;
  titles: ReadonlyMap<string, string>;
}

/** CSV (events, per-minute series), JSON (everything) and the self-contained HTML report, as downloads. */
export function ExportButtons({ stream, report, charts, audience, titles }: Props) {
  const { t, i18n } = useTranslation('report');
  const [error, setError] = useState<string>();
  const base = `${stream.roomKey.replace(/[^\p{L}\p{N}._-]+/gu, '_')}-${dateStamp(report.firstTs ?? stream.startedAt)}`;
  const run = (f: () => Promise<void> | void) => async () => {
    setError(undefined);
    try {
      await f();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const events = async () => {
    const log = await exportStreamLog(getDb(), stream.id!);
    if (!log) throw new Error(t('notFound'));
    const lines = parseEventLog(log.text).events;
    const catalog = await getDb().products.toArray();
    const at = pitchTimeline(splitLog(lines, catalog).pitches).at;
    downloadText(`${base}-events.csv`, eventsCsv(lines, excludedIds(lines), at), 'text/csv');
  };
  const meta = { id: stream.id, platform: stream.platform, roomKey: stream.roomKey, title: stream.title, url: stream.url, startedAt: stream.startedAt, endedAt: stream.endedAt };
  return (
    <section className="report-section exports" data-testid="exports">
      <h2>{t('section.exports')}</h2>
      <button data-testid="export-events-csv" onClick={run(events)}>{t('export.eventsCsv')}</button>{' '}
      <button data-testid="export-series-csv" onClick={run(() => downloadText(`${base}-minutes.csv`, seriesCsv(report.series), 'text/csv'))}>{t('export.seriesCsv')}</button>{' '}
      <button data-testid="export-json" onClick={run(() => downloadText(`${base}-summary.json`, summaryJson(meta, report, audience), 'application/json'))}>{t('export.json')}</button>{' '}
      <button data-testid="export-html" onClick={run(() => downloadText(`${base}-report.html`, reportHtml(stream, report, charts, audience, titles, i18n), 'text/html'))}>{t('export.html')}</button>
      {error && <p role="alert">{t('export.failed', { message: error })}</p>}
    </section>
  );
}
