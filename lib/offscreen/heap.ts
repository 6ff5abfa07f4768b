/** JS heap in use in this context (Chromium's performance.memory; absent in workers and Firefox), MB. */
export function heapMB(): number | undefined {
  const m = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return m ? Math.round(m.usedJSHeapSize / 1e5) / 10 : undefined;
}
