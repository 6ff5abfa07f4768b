// The few chrome.* calls tests evaluate inside the extension's service worker (no @types/chrome here).
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  runtime: { getContexts(q: object): Promise<{ contextType: string; documentUrl?: string }[]> };
};
