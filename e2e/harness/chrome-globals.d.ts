// The few chrome.* calls tests evaluate inside the extension's service worker or pages (no @types/chrome here).
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; reload(tabId: number): Promise<void> };
  runtime: { getContexts(q: object): Promise<{ contextType: string; documentUrl?: string }[]>; getManifest(): { version: string }; sendMessage(...args: unknown[]): unknown };
  storage: { local: { set(items: Record<string, unknown>): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
  offscreen: { closeDocument(): Promise<void>; createDocument(o: { url: string; reasons: string[]; justification: string }): Promise<void> };
};
