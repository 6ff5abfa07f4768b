/** How long to wait before showing a new value that was last shown at `shownAt` (0: show it now). */
export const throttleWait = (shownAt: number, now: number, ms: number): number => Math.max(0, Math.ceil(shownAt + ms - now));
