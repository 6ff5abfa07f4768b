import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePanelStore } from '@/lib/stores/panel-store';
import type { PanelSection, SectionContext } from './sections';

/**
 * One middle section with its fold control: open, the section draws itself (its own heading) with a
 * small ▾ at the top right; folded, one line with its title and a count, so the live chat below
 * keeps the room. The host's choice is remembered (panel store, persisted). Memoised: it draws when
 * its context changes (a few times a second at most, App.tsx), not with every feed update.
 */
export const SectionFrame = memo(function SectionFrame({ section, ctx }: { section: PanelSection; ctx: SectionContext }) {
  const { t } = useTranslation('panel');
  const collapsed = usePanelStore((s) => section.title !== undefined && s.collapsed[section.id] === true);
  const toggle = usePanelStore((s) => s.toggleSection);
  const title = section.title ? t(section.title) : '';
  const badge = section.badge?.(ctx);
  return (
    <div className={`section section-${section.id}${collapsed ? ' collapsed' : ''}`} data-testid={`section-${section.id}`} data-collapsed={collapsed || undefined}>
      {section.title &&
        (collapsed ? (
          <button type="button" className="section-bar" aria-expanded={false} data-testid={`section-toggle-${section.id}`} title={t('section.expand', { section: title })} onClick={() => toggle(section.id)}>
            <span className="section-chevron" aria-hidden>▸</span>
            <span className="section-bar-title">{title}</span>
            {badge !== undefined && <span className="count">{badge}</span>}
          </button>
        ) : (
          <button type="button" className="section-toggle" aria-expanded data-testid={`section-toggle-${section.id}`} title={t('section.collapse', { section: title })} aria-label={t('section.collapse', { section: title })} onClick={() => toggle(section.id)}>
            ▾
          </button>
        ))}
      {!collapsed && section.render(ctx)}
    </div>
  );
});
