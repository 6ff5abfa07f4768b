import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredEvent } from '@/lib/db/schema';
import { clock } from '@/lib/ui/format';

/** One chat event. Scraped text is rendered as React text, never as HTML. Memoised: rows that did not change are not rendered again. */
export const FeedRow = memo(function FeedRow({ event }: { event: StoredEvent }) {
  const { t } = useTranslation('panel');
  const money = event.amount !== undefined ? `${event.amount} ${event.currency ?? ''}`.trim() : undefined;
  const l = event.labels;
  return (
    <div className={`feed-row kind-${event.kind}${event.deleted ? ' deleted' : ''}`} data-testid="feed-row" data-event-id={event.id} data-kind={event.kind}>
      <time className="feed-time">{clock(event.ts)}</time>
      {event.kind !== 'comment' && (
        <span className="chip" data-testid="feed-kind" data-kind={event.kind}>
          {t(`feed.kinds.${event.kind}`)}
        </span>
      )}
      {event.author && (
        <span className={`feed-author role-${event.author.role}`} data-testid="feed-author" data-role={event.author.role} title={event.author.badges?.join(', ')}>
          {event.author.name}
        </span>
      )}
      {money && <span className="chip money">{money}</span>}
      {event.count !== undefined && <span className="chip">×{event.count}</span>}
      <span className="feed-text" data-testid="feed-text">
        {event.deleted ? `${t('feed.deleted')} ` : ''}
        {event.text ?? ''}
      </span>
      {l && (
        <span className="labels" data-testid="feed-labels" data-intent={l.intent} data-sentiment={l.sentiment}>
          {l.sentiment !== 'neutral' && <span className={`chip sent-${l.sentiment}`}>{t(`feed.sentiments.${l.sentiment}`)}</span>}
          <span className={`chip intent intent-${l.intent}`}>{t(`feed.intents.${l.intent}`)}</span>
        </span>
      )}
    </div>
  );
});
