import { create } from 'zustand';
import { NO_FILTER, type FeedFilter } from '../panel/feed-filter';

/** Side-panel UI state only (data lives in IndexedDB). */
interface PanelState {
  /** The question group whose replies the card shows (null: the top of the queue). */
  selectedGroup: string | null;
  filter: FeedFilter;
  filtersOpen: boolean;
  select(groupId: string | null): void;
  setFilter(filter: FeedFilter): void;
  toggleFilters(): void;
}

export const usePanelStore = create<PanelState>((set) => ({
  selectedGroup: null,
  filter: NO_FILTER,
  filtersOpen: false,
  select: (selectedGroup) => set({ selectedGroup }),
  setFilter: (filter) => set({ filter }),
  toggleFilters: () => set((s) => ({ filtersOpen: !s.filtersOpen })),
}));
