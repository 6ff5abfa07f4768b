import { useTranslation } from 'react-i18next';
import type { FaqLogRecord } from '@/lib/db/schema';

/** One decision: who asked what, the entry and its score, the reply, and what became of it. Scraped text is rendered as text. */
export function DecisionRow({ d, children }: { d: FaqLogRecord; children?: React.ReactNode }) {
  const { t } = useTranslation('faq');
  return (
    <li className="faq-decision" data-testid="faq-decision" data-status={d.status} data-reason={d.reason ?? ''} data-faq={d.faqId} data-event={d.eventId}>
      <div>
        <span className="muted">{t('panel.asked', { asker: d.asker ?? '?' })}:</span> {d.question}
      </div>
      <div>
        <span className="chip">{d.faqId}</span> <span className="muted">{t('panel.score', { score: d.score.toFixed(2) })}</span>{' '}
        <span className={`chip status-${d.status}`} data-testid="faq-status">{t(`status.${d.status}`)}</span>
        {d.reason && <span className="muted"> · {t(`reason.${d.reason}`)}{d.detail ? ` (${d.detail})` : ''}</span>}
        {!d.reason && d.detail && <span className="muted"> · {d.detail}</span>}
      </div>
      {d.reply && <div className="faq-reply" data-testid="faq-reply">{d.reply}</div>}
      {children}
    </li>
  );
}
