import { useLiveQuery } from 'dexie-react-hooks';
import { HealthBadge } from '@/components/health-badge';
import { ModelStatus } from '@/components/model-status';
import { LiveFeed } from '@/components/live-feed';
import { getDb } from '@/lib/db/db';
import { streamEvents } from '@/lib/db/events-repo';
import { useCurrentStream } from '@/lib/ui/use-current-stream';
import { compact } from '@/lib/ui/format';

const FEED_LIMIT = 2000;

export function App() {
  const current = useCurrentStream();
  const stream = current?.stream;
  const events = useLiveQuery(() => (stream?.id === undefined ? [] : streamEvents(getDb(), stream.id, FEED_LIMIT)), [stream?.id, stream?.eventCount]) ?? [];
  return (
    <div className="app">
      <header className="bar">
        <h1 data-testid="stream-title">{stream ? `${stream.platform} · ${stream.title ?? stream.roomKey}` : 'No live stream yet'}</h1>
        <span className="viewers" data-testid="viewer-count" data-viewers={stream?.lastViewers ?? ''}>
          👁 {compact(stream?.lastViewers)}
        </span>
        <span data-testid="comment-count">{stream?.commentCount ?? 0} comments</span>
        <HealthBadge health={current?.health} />
        <ModelStatus />
        {current?.fallback && <span className="chip">following the latest live stream</span>}
      </header>
      {events.length ? <LiveFeed events={events} /> : <p className="empty">Open a live stream's chat; messages appear here as they arrive.</p>}
    </div>
  );
}
