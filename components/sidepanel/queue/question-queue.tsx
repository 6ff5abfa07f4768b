import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductRecord } from '@/lib/db/schema';
import { setAnswered, type QueueView } from '@/lib/panel/use-question-queue';
import { usePanelStore } from '@/lib/stores/panel-store';
import { QuestionRow } from './question-row';

export interface QuestionQueueProps {
  streamId: number;
  view: QueueView;
  catalog: Map<string, ProductRecord>;
  /** The group the reply card shows. */
  focused?: string;
}

/**
 * The question queue: open groups in lib/suggest's order (most askers, most asks, oldest first),
 * then the answered ones, folded. Selecting a group shows its reply suggestions.
 */
export function QuestionQueue({ streamId, view, catalog, focused }: QuestionQueueProps) {
  const { t } = useTranslation('panel');
  const select = usePanelStore((s) => s.select);
  const toggle = useCallback(
    (groupId: string, answered: boolean) => void setAnswered(streamId, groupId, answered).catch((e: unknown) => console.warn('[live-copilot] setAnswered failed', e)),
    [streamId],
  );
  return (
    <section className="queue" data-testid="question-queue">
      <div className="section-head">
        <h2 title={t('queue.orderTitle')}>
          {t('queue.heading')} <span className="count">{view.open.length}</span>
        </h2>
      </div>
      <div className="queue-scroll">
        {view.open.length === 0 && <p className="empty small">{t('queue.empty')}</p>}
        <ol className="q-list" data-testid="open-questions">
          {view.open.map((g) => (
            <QuestionRow key={g.groupId} group={g} product={g.sku ? catalog.get(g.sku) : undefined} selected={g.groupId === focused} onSelect={select} onToggleAnswered={toggle} />
          ))}
        </ol>
        {view.answered.length > 0 && (
          <details className="answered-list" data-testid="answered-questions">
            <summary>{t('queue.answered', { count: view.answered.length })}</summary>
            <ol className="q-list">
              {view.answered.map((g) => (
                <QuestionRow key={g.groupId} group={g} product={g.sku ? catalog.get(g.sku) : undefined} selected={g.groupId === focused} onSelect={select} onToggleAnswered={toggle} />
              ))}
            </ol>
          </details>
        )}
      </div>
    </section>
  );
}
