import type { StoredEvent } from '@/lib/db/schema';
import { clock } from '@/lib/ui/format';

/** One chat event. Scraped text is rendered as React text, never as HTML. */
export function FeedRow({ event }: { event: StoredEvent }) {
  const money = event.amount !== undefined ? `${event.amount} ${event.currency ?? ''}`.trim() : undefined;
  return (
    <div className={`feed-row kind-${event.kind}${event.deleted ? ' deleted' : ''}`} data-testid="feed-row" data-event-id={event.id}>
      <time className="feed-time">{clock(event.ts)}</time>
      <span className="chip" data-testid="feed-kind">{event.kind}</span>
      {event.author && (
        <span className={`feed-author role-${event.author.role}`} data-testid="feed-author" title={event.author.badges?.join(', ')}>
          {event.author.name}
        </span>
      )}
      {money && <span className="chip money">{money}</span>}
      {event.count !== undefined && <span className="chip">×{event.count}</span>}
      <span className="feed-text" data-testid="feed-text">{event.deleted ? '(deleted) ' : ''}{event.text ?? ''}</span>
      {event.labels && (
        <span className="labels" data-testid="feed-labels">
          <span className={`chip sent-${event.labels.sentiment}`}>{event.labels.sentiment}</span>
          <span className="chip intent">{event.labels.intent}</span>
        </span>
      )}
    </div>
  );
}
