// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PANEL_STORE_KEY, usePanelStore } from '../../stores/panel-store';

describe('panel UI store', () => {
  it('remembers folded sections (only those) in the page storage, and restores them', async () => {
    const s = usePanelStore.getState();
    s.toggleSection('reply');
    s.toggleSection('faq');
    s.toggleSection('faq');
    s.select('g1');
    expect(usePanelStore.getState().collapsed).toEqual({ reply: true, faq: false });
    const saved = JSON.parse(localStorage.getItem(PANEL_STORE_KEY) ?? '{}') as { state?: unknown };
    expect(saved.state).toEqual({ collapsed: { reply: true, faq: false } });

    usePanelStore.setState({ collapsed: {}, selectedGroup: null });
    localStorage.setItem(PANEL_STORE_KEY, JSON.stringify(saved));
    await usePanelStore.persist.rehydrate();
    expect(usePanelStore.getState()).toMatchObject({ collapsed: { reply: true, faq: false }, selectedGroup: null });
  });
});
