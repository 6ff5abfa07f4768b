import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { StoredEvent } from '@/lib/db/schema';
import { atBottom, isFollowing, unseenCount, type FollowAction, type FollowState } from '@/lib/panel/follow';
import { FeedRow } from './feed-row';

/** How long after a wheel/touch/key/pointer press a scroll counts as the host's own (not ours, following). */
const USER_SCROLL_MS = 800;

export interface LiveFeedProps {
  rows: readonly StoredEvent[];
  follow: FollowState;
  dispatch(a: FollowAction): void;
}

/**
 * Virtualised chat feed, newest at the bottom. Follows new rows unless the host is reading (pointer
 * over it, or scrolled up — see lib/panel/follow.ts); then an "N new" button jumps back.
 */
export function LiveFeed({ rows, follow, dispatch }: LiveFeedProps) {
  const { t } = useTranslation('panel');
  const scroller = useRef<HTMLDivElement>(null);
  const userAt = useRef(0);
  const lastSeq = rows.at(-1)?.seq ?? -1;
  const following = isFollowing(follow);
  const v = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => 26, overscan: 10, getItemKey: (i) => rows[i]!.seq });

  useLayoutEffect(() => {
    if (following && rows.length) v.scrollToIndex(rows.length - 1, { align: 'end' });
  }, [rows.length, lastSeq, following, v]);

  // Wheel, touch, keys and pointer presses are the host's; a scroll right after one of them is theirs.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const mark = () => (userAt.current = performance.now());
    const kinds = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;
    for (const k of kinds) el.addEventListener(k, mark, { passive: true });
    return () => {
      for (const k of kinds) el.removeEventListener(k, mark);
    };
  }, []);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    const bottom = atBottom(el);
    if (bottom) {
      if (follow.scrolledUp) dispatch({ type: 'scrolled', atBottom: true, lastSeq });
    } else if (performance.now() - userAt.current < USER_SCROLL_MS) {
      if (!follow.scrolledUp) dispatch({ type: 'scrolled', atBottom: false, lastSeq });
    }
  };

  const unseen = unseenCount(rows, follow);
  const jump = () => {
    dispatch({ type: 'jump' });
    if (rows.length) v.scrollToIndex(rows.length - 1, { align: 'end' });
  };

  return (
    // Hover is tracked on the box, not the scroller: the "N new" button floats over the feed, and moving
    // onto it must not count as leaving (that resumed following and pulled the button from under the click).
    <div className="feed-box" onMouseEnter={() => dispatch({ type: 'hover', on: true, lastSeq })} onMouseLeave={() => dispatch({ type: 'hover', on: false, lastSeq })}>
      <div className="feed" ref={scroller} data-testid="live-feed" data-following={following} onScroll={onScroll}>
        <div style={{ height: v.getTotalSize(), position: 'relative' }}>
          {v.getVirtualItems().map((item) => {
            const e = rows[item.index]!;
            return (
              <div key={item.key} data-index={item.index} ref={v.measureElement} className="feed-slot" style={{ transform: `translateY(${item.start}px)` }}>
                <FeedRow event={e} />
              </div>
            );
          })}
        </div>
      </div>
      {!following && (
        <button type="button" className={`new-rows${unseen ? ' has-new' : ''}`} data-testid="feed-new-rows" data-count={unseen} onClick={jump}>
          {unseen ? t('feed.newRows', { count: unseen }) : t('feed.paused')}
        </button>
      )}
    </div>
  );
}
