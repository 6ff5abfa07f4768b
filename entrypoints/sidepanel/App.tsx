import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { HealthBadge } from '@/components/health-badge';
import { ModelStatus } from '@/components/model-status';
import { LiveFeed } from '@/components/live-feed';
import { FaqKillSwitch } from '@/components/faq/kill-switch';
import { FaqAnswers } from '@/components/faq/faq-answers';
import { NextProductCard } from '@/components/sidepanel/next-product-card';
import { getDb } from '@/lib/db/db';
import { streamEvents } from '@/lib/db/events-repo';
import { useCurrentStream } from '@/lib/ui/use-current-stream';
import { compact } from '@/lib/ui/format';

const FEED_LIMIT = 2000;

export function App() {
  const { t } = useTranslation();
  const current = useCurrentStream();
  const stream = current?.stream;
  const events = useLiveQuery(() => (stream?.id === undefined ? [] : streamEvents(getDb(), stream.id, FEED_LIMIT)), [stream?.id, stream?.eventCount]) ?? [];
  return (
    <div className="app">
      <header className="bar">
        <h1 data-testid="stream-title">{stream ? `${stream.platform} · ${stream.title ?? stream.roomKey}` : t('noStream')}</h1>
        <span className="viewers" data-testid="viewer-count" data-viewers={stream?.lastViewers ?? ''}>
          👁 {compact(stream?.lastViewers)}
        </span>
        <span data-testid="comment-count">{t('comments', { count: stream?.commentCount ?? 0 })}</span>
        <HealthBadge health={current?.health} />
        <ModelStatus />
        <FaqKillSwitch />
        {current?.fallback && <span className="chip">{t('followingLatest')}</span>}
      </header>
      {events.length ? <LiveFeed events={events} /> : <p className="empty">{t('emptyFeed')}</p>}
      <NextProductCard streamId={stream?.id} eventCount={stream?.eventCount} />
      <FaqAnswers stream={stream} />
    </div>
  );
}
