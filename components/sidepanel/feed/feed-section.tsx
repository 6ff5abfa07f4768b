import { memo, useMemo, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import type { StreamRecord } from '@/lib/db/schema';
import { filterRows } from '@/lib/panel/feed-filter';
import type { FeedWindow } from '@/lib/panel/feed-window';
import { follow, FOLLOWING, isFollowing, type FollowAction, type FollowState } from '@/lib/panel/follow';
import { useFeedWindow } from '@/lib/panel/use-feed-window';
import { usePanelStore } from '@/lib/stores/panel-store';
import { FeedFilters } from './feed-filters';
import { LiveFeed } from './live-feed';

export interface FollowedFeed {
  win: FeedWindow;
  follow: FollowState;
  dispatch(a: FollowAction): void;
}

/** The feed's window and auto-scroll state (the page keeps them: the strip's alerts read the window too). */
export function useFollowedFeed(stream: StreamRecord | undefined): FollowedFeed {
  const [state, dispatch] = useReducer(follow, FOLLOWING);
  const changeKey = `${stream?.eventCount ?? 0}:${stream?.labelledSeq ?? -1}:${stream?.refinedSeq ?? -1}`;
  const win = useFeedWindow(stream?.id, changeKey, !isFollowing(state));
  return useMemo(() => ({ win, follow: state, dispatch }), [win, state]);
}

/** The live chat: filters, then the virtualised feed of the window's rows that pass them. */
export const FeedSection = memo(function FeedSection({ feed }: { feed: FollowedFeed }) {
  const { t } = useTranslation('panel');
  const filter = usePanelStore((s) => s.filter);
  const rows = useMemo(() => filterRows(feed.win.rows, filter), [feed.win.rows, filter]);
  return (
    <section className="feed-section" data-testid="feed-section">
      <FeedFilters />
      {rows.length ? (
        <LiveFeed rows={rows} follow={feed.follow} dispatch={feed.dispatch} />
      ) : (
        <p className="empty" data-testid="feed-empty">
          {feed.win.rows.length ? t('feed.emptyFiltered') : t('feed.empty')}
        </p>
      )}
    </section>
  );
});
