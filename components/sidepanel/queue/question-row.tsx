import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductRecord, QuestionGroupRecord } from '@/lib/db/schema';
import { clock } from '@/lib/ui/format';

/** Askers named inline before "+N". */
const NAMED = 3;

export const productLabel = (p: ProductRecord | undefined, sku: string | null): string | null =>
  p ? `${p.number ? `#${p.number} ` : ''}${p.title}` : sku;

export interface QuestionRowProps {
  group: QuestionGroupRecord;
  product?: ProductRecord;
  selected: boolean;
  onSelect(groupId: string): void;
  onToggleAnswered(groupId: string, answered: boolean): void;
}

/**
 * One question group: how often and by whom it was asked, about what, and when. Scraped text as
 * React text. Memoised (the queue keeps unchanged groups' objects and passes stable callbacks).
 */
export const QuestionRow = memo(function QuestionRow({ group: g, product, selected, onSelect, onToggleAnswered }: QuestionRowProps) {
  const { t } = useTranslation('panel');
  const open = g.open === 1;
  const names = g.askers.slice(0, NAMED).join(', ') + (g.askerCount > NAMED ? ` +${g.askerCount - NAMED}` : '');
  const what = [productLabel(product, g.sku), g.attribute !== 'other' ? t(`attr.${g.attribute}`, { defaultValue: g.attribute }) : null].filter(Boolean).join(' · ');
  return (
    <li
      className={`q-row${selected ? ' selected' : ''}${open ? '' : ' answered'}`}
      data-testid="question-group"
      data-group-id={g.groupId}
      data-count={g.count}
      data-askers={g.askerCount}
      data-open={open}
      data-answered-by={g.answered?.by ?? ''}
      data-sku={g.sku ?? ''}
    >
      <button type="button" className="q-main" aria-pressed={selected} onClick={() => onSelect(g.groupId)} title={g.askers.join(', ')}>
        <span className="q-count" data-testid="question-count">
          {t('queue.asked', { count: g.count })}
        </span>
        <span className="q-text" data-testid="question-text" lang={g.lang}>
          {g.text}
        </span>
        <span className="q-meta">
          {what && <span className="q-what">{what}</span>}
          {!open && g.answered && <span className={`answered-by by-${g.answered.by}`}>{t(`queue.by.${g.answered.by}`)}</span>}
        </span>
        <span className="q-meta">
          <span className="q-askers">
            {t('queue.askers', { count: g.askerCount })}: {names}
          </span>
          <span className="q-time">{g.firstTs === g.lastTs ? clock(g.firstTs) : t('queue.span', { first: clock(g.firstTs), last: clock(g.lastTs) })}</span>
        </span>
      </button>
      <button type="button" className={`q-done${open ? '' : ' reopen'}`} data-testid={open ? 'mark-answered' : 'reopen'} title={open ? t('queue.markAnswered') : t('queue.reopen')} aria-label={open ? t('queue.markAnswered') : t('queue.reopen')} onClick={() => onToggleAnswered(g.groupId, open)}>
        {open ? '✓' : '↺'}
      </button>
    </li>
  );
});
