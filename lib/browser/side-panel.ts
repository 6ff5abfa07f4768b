import { browser } from 'wxt/browser';

/** Must be called synchronously inside a click handler: Chrome requires a user gesture. */
export function openSidePanel(windowId: number): Promise<void> {
  if (browser.sidePanel?.open) return browser.sidePanel.open({ windowId });
  // Firefox: the sidebar is the side panel.
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  return sidebar ? sidebar.open() : Promise.reject(new Error('This browser has no side panel.'));
}
