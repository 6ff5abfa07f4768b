/**
 * A frame-time probe for the side panel that `npm run bench` reads (panelFrameMs while the feed
 * scrolls at 200 msg/s). Off until asked: a requestAnimationFrame loop left running would keep an
 * idle panel drawing 60 frames a second.
 *
 *   await page.evaluate(() => window.__panelProbe.start());
 *   … load …
 *   const { p50, p95, frames } = await page.evaluate(() => window.__panelProbe.stop());
 *
 * Frame time = the interval between consecutive animation frames (16.7 ms at 60 Hz when the panel
 * keeps up; a long render shows as a long interval).
 */
export interface FrameStats {
  p50: number;
  p95: number;
  max: number;
  frames: number;
}

/** Nearest-rank percentile of unsorted samples (NaN for none). */
export function percentile(samples: readonly number[], p: number): number {
  if (!samples.length) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function frameStats(intervals: readonly number[]): FrameStats {
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    p50: round(percentile(intervals, 50)),
    p95: round(percentile(intervals, 95)),
    max: round(intervals.length ? Math.max(...intervals) : Number.NaN),
    frames: intervals.length,
  };
}

export interface PanelProbe {
  start(): void;
  stop(): FrameStats;
  /** Stats so far without stopping. */
  read(): FrameStats;
  /** The frame intervals (ms) of the last run, for callers with their own statistics. */
  samples(): number[];
}

declare global {
  interface Window {
    __panelProbe?: PanelProbe;
  }
}

/** Installs `window.__panelProbe` (idempotent). */
export function installFrameProbe(win: Window = window): PanelProbe {
  if (win.__panelProbe) return win.__panelProbe;
  let intervals: number[] = [];
  let last: number | null = null;
  let handle: number | null = null;
  const tick = (t: number) => {
    if (last !== null) intervals.push(t - last);
    last = t;
    handle = win.requestAnimationFrame(tick);
  };
  const probe: PanelProbe = {
    start() {
      intervals = [];
      last = null;
      if (handle === null) handle = win.requestAnimationFrame(tick);
    },
    stop() {
      if (handle !== null) win.cancelAnimationFrame(handle);
      handle = null;
      return frameStats(intervals);
    },
    read: () => frameStats(intervals),
    samples: () => [...intervals],
  };
  win.__panelProbe = probe;
  return probe;
}
