import { create } from 'zustand';
import type { EventKind } from '../events/live-event';

/** Side-panel UI state only (data lives in IndexedDB). */
interface FeedState {
  kinds: EventKind[] | 'all';
  /** Hovering the feed pauses auto-scroll so a row can be read. */
  paused: boolean;
  setKinds(kinds: EventKind[] | 'all'): void;
  setPaused(paused: boolean): void;
}

export const useFeedStore = create<FeedState>((set) => ({
  kinds: 'all',
  paused: false,
  setKinds: (kinds) => set({ kinds }),
  setPaused: (paused) => set({ paused }),
}));
