import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { NO_FILTER, type FeedFilter } from '../panel/feed-filter';

/** Side-panel UI state only (data lives in IndexedDB). */
interface PanelState {
  /** The question group whose replies the card shows (null: the top of the queue). */
  selectedGroup: string | null;
  filter: FeedFilter;
  filtersOpen: boolean;
  /** Sections the host folded away, by section id (remembered across panel openings). */
  collapsed: Record<string, boolean>;
  select(groupId: string | null): void;
  setFilter(filter: FeedFilter): void;
  toggleFilters(): void;
  toggleSection(id: string): void;
}

export const PANEL_STORE_KEY = 'live-copilot:panel-ui';

export const usePanelStore = create<PanelState>()(
  persist(
    (set) => ({
      selectedGroup: null,
      filter: NO_FILTER,
      filtersOpen: false,
      collapsed: {},
      select: (selectedGroup) => set({ selectedGroup }),
      setFilter: (filter) => set({ filter }),
      toggleFilters: () => set((s) => ({ filtersOpen: !s.filtersOpen })),
      toggleSection: (id) => set((s) => ({ collapsed: { ...s.collapsed, [id]: !s.collapsed[id] } })),
    }),
    {
      name: PANEL_STORE_KEY,
      // The panel's own page storage (localStorage of the extension origin): layout only — the
      // selected question and filters belong to one stream and one sitting.
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ collapsed: s.collapsed }),
    },
  ),
);
