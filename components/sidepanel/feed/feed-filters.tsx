import { useTranslation } from 'react-i18next';
import { AUTHOR_ROLES } from '@/lib/events/live-event';
import { INTENTS, SENTIMENTS } from '@/lib/ml/labels';
import { isFiltering, NO_FILTER, toggle, type FeedFilter } from '@/lib/panel/feed-filter';
import { usePanelStore } from '@/lib/stores/panel-store';

function ChipGroup<T extends string>({ label, values, chosen, name, onToggle, testId }: { label: string; values: readonly T[]; chosen: readonly T[]; name(v: T): string; onToggle(v: T): void; testId: string }) {
  return (
    <div className="chip-group" role="group" aria-label={label} data-testid={testId}>
      <span className="chip-group-label">{label}</span>
      {values.map((v) => (
        <button key={v} type="button" className={`chip toggle${chosen.includes(v) ? ' on' : ''}`} aria-pressed={chosen.includes(v)} data-value={v} onClick={() => onToggle(v)}>
          {name(v)}
        </button>
      ))}
    </div>
  );
}

/** The feed's filter bar: intent, mood and role allow-lists (lib/panel/feed-filter.ts). */
export function FeedFilters() {
  const { t } = useTranslation('panel');
  const { filter, setFilter, filtersOpen, toggleFilters } = usePanelStore();
  const set = (patch: Partial<FeedFilter>) => setFilter({ ...filter, ...patch });
  const n = filter.intents.length + filter.sentiments.length + filter.roles.length;
  return (
    <div className="feed-filters">
      <div className="section-head">
        <h2>{t('feed.heading')}</h2>
        <button type="button" className={`link${n ? ' on' : ''}`} data-testid="feed-filters-toggle" aria-expanded={filtersOpen} onClick={toggleFilters}>
          {t('feed.filters')}
          {n ? ` (${n})` : ''}
        </button>
        {isFiltering(filter) && (
          <button type="button" className="link" data-testid="feed-filters-clear" onClick={() => setFilter(NO_FILTER)}>
            {t('feed.clear')}
          </button>
        )}
      </div>
      {filtersOpen && (
        <div className="filter-bar" data-testid="feed-filter-bar">
          <ChipGroup testId="filter-intent" label={t('feed.intent')} values={INTENTS} chosen={filter.intents} name={(v) => t(`feed.intents.${v}`)} onToggle={(v) => set({ intents: toggle(filter.intents, v) })} />
          <ChipGroup testId="filter-sentiment" label={t('feed.sentiment')} values={SENTIMENTS} chosen={filter.sentiments} name={(v) => t(`feed.sentiments.${v}`)} onToggle={(v) => set({ sentiments: toggle(filter.sentiments, v) })} />
          <ChipGroup testId="filter-role" label={t('feed.role')} values={AUTHOR_ROLES} chosen={filter.roles} name={(v) => t(`feed.roles.${v}`)} onToggle={(v) => set({ roles: toggle(filter.roles, v) })} />
        </div>
      )}
    </div>
  );
}
