import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { StoredEvent } from '@/lib/db/schema';
import { useFeedStore } from '@/lib/stores/feed-store';
import { FeedRow } from './feed-row';

/** Virtualised chat feed: newest at the bottom, follows new rows unless the pointer is over it. */
export function LiveFeed({ events }: { events: StoredEvent[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const { paused, setPaused } = useFeedStore();
  const v = useVirtualizer({ count: events.length, getScrollElement: () => scroller.current, estimateSize: () => 28, overscan: 12 });
  useEffect(() => {
    if (!paused && events.length) v.scrollToIndex(events.length - 1, { align: 'end' });
  }, [events.length, paused, v]);
  return (
    <div className="feed" ref={scroller} data-testid="live-feed" onMouseEnter={() => setPaused(true)} onMouseLeave={() => setPaused(false)}>
      <div style={{ height: v.getTotalSize(), position: 'relative' }}>
        {v.getVirtualItems().map((item) => {
          const e = events[item.index]!;
          return (
            <div key={`${e.streamId}:${e.id}`} data-index={item.index} ref={v.measureElement} className="feed-slot" style={{ transform: `translateY(${item.start}px)` }}>
              <FeedRow event={e} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
