import './faq.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getDb } from '@/lib/db/db';
import { pendingFaqReplies, recentFaqLog, streamFaqLog } from '@/lib/db/faq-log-repo';
import type { StreamRecord } from '@/lib/db/schema';
import { faqLogToCsv, faqLogToJson } from '@/lib/faq/export';
import { FAQ_MODES, type FaqMode } from '@/lib/faq/types';
import { effectiveMode } from '@/lib/faq/modes';
import { bgMessaging } from '@/lib/messaging/bg-protocol';
import { dateStamp, downloadText } from '@/lib/ui/download';
import { DecisionRow } from './decision-row';
import { useSettings } from './use-settings';

const LOG_SHOWN = 50;

/**
 * The side panel's FAQ section for the current stream: its mode, the replies waiting for a click
 * (approve mode), and the latest decisions with their reasons; the whole log exports as CSV/JSON.
 */
export function FaqAnswers({ stream }: { stream: StreamRecord | undefined }) {
  const { t } = useTranslation('faq');
  const s = useSettings();
  const id = stream?.id;
  const log = useLiveQuery(() => (id === undefined ? [] : recentFaqLog(getDb(), id, LOG_SHOWN)), [id]) ?? [];
  const pending = useLiveQuery(() => (id === undefined ? [] : pendingFaqReplies(getDb(), id)), [id]) ?? [];
  if (!stream || id === undefined || !s) return null;
  const mode = effectiveMode(stream, s.faqMode);
  const onlySuggest = mode === 'suggest' && (stream.faqMode ?? s.faqMode) !== 'suggest';
  const exportAs = async (fmt: 'csv' | 'json') => {
    const rows = await streamFaqLog(getDb(), id);
    const name = `faq-log-${stream.roomKey.replace(/[^\w-]+/g, '_')}-${dateStamp()}.${fmt}`;
    downloadText(name, fmt === 'csv' ? faqLogToCsv(rows) : faqLogToJson(rows), fmt === 'csv' ? 'text/csv' : 'application/json');
  };
  return (
    <section className="faq-answers" data-testid="faq-answers">
      <h2>{t('panel.heading')}</h2>
      <label>
        {t('panel.mode')}{' '}
        <select data-testid="faq-mode" value={stream.faqMode ?? s.faqMode} onChange={(e) => void bgMessaging.sendMessage('bg:faqSetMode', { streamId: id, mode: e.target.value as FaqMode })}>
          {FAQ_MODES.map((m) => (
            <option key={m} value={m}>{t(`mode.${m}`)}</option>
          ))}
        </select>
      </label>
      {onlySuggest && <p className="muted">{t('panel.suggestOnly')}</p>}
      {pending.length > 0 && (
        <>
          <h3>{t('panel.pending')}</h3>
          <ul className="faq-list" data-testid="faq-pending">
            {pending.map((d) => (
              <DecisionRow key={d.id} d={d}>
                <button type="button" data-testid="faq-approve" onClick={() => void bgMessaging.sendMessage('bg:faqApprove', { id: d.id! })}>{t('panel.approve')}</button>{' '}
                <button type="button" data-testid="faq-dismiss" onClick={() => void bgMessaging.sendMessage('bg:faqDismiss', { id: d.id! })}>{t('panel.dismiss')}</button>
              </DecisionRow>
            ))}
          </ul>
        </>
      )}
      <h3>{t('panel.log')}</h3>
      {log.length ? (
        <ul className="faq-list" data-testid="faq-log">
          {log.map((d) => (
            <DecisionRow key={d.id} d={d}>
              {d.status === 'suggested' && d.reply && (
                <>
                  <button type="button" onClick={() => void navigator.clipboard?.writeText(d.reply!)}>{t('panel.copy')}</button>{' '}
                  <button type="button" data-testid="faq-insert" onClick={() => void bgMessaging.sendMessage('bg:faqInsert', { id: d.id! })}>{t('panel.insert')}</button>
                </>
              )}
            </DecisionRow>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('panel.empty')}</p>
      )}
      <button type="button" data-testid="faq-export-csv" onClick={() => void exportAs('csv')}>{t('panel.exportCsv')}</button>{' '}
      <button type="button" data-testid="faq-export-json" onClick={() => void exportAs('json')}>{t('panel.exportJson')}</button>
    </section>
  );
}
