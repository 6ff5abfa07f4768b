import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { IntentStackData } from '@/lib/summary/chart-data';
import { barPaths, INTENT_COLOURS } from './paths';
import { UplotChart } from './uplot-chart';

export interface IntentChartProps {
  data: IntentStackData;
  /** Intent → its name in the UI language. */
  names: Record<string, string>;
  height?: number;
  testId?: string;
  onChart?: (u: uPlot | null) => void;
}

/** Comments per minute, stacked by intent: each bar is the running total, drawn tallest first. */
export function IntentChart({ data, names, height = 220, testId, onChart }: IntentChartProps) {
  const options = useMemo<Omit<uPlot.Options, 'width' | 'height'>>(() => {
    const series: uPlot.Series[] = [{}];
    // Tallest stack first so each lower one paints over it: together they read as stacked bars.
    for (let k = data.intents.length - 1; k >= 0; k--) {
      const intent = data.intents[k]!;
      series.push({
        label: names[intent] ?? intent,
        stroke: INTENT_COLOURS[intent],
        fill: INTENT_COLOURS[intent],
        paths: barPaths(0.85),
        points: { show: false },
        // The legend shows the minute's own count, not the running total.
        value: (_u, _v, _s, idx) => (idx === null ? '' : String(data.counts[k]?.[idx] ?? '')),
      });
    }
    // Half a minute either side of the first and last minute: each bar fills its minute, and a
    // one-minute stream is not a single point (uPlot would stretch that to a day).
    const x0 = (data.x[0] ?? 0) - 30;
    const x1 = (data.x[data.x.length - 1] ?? 0) + 30;
    return { scales: { x: { time: true, auto: false, range: [x0, x1] }, y: { range: (_u, _lo, hi) => [0, Math.max(1, hi ?? 1)] } }, series, axes: [{}, {}] };
  }, [data, names]);
  const aligned = useMemo<uPlot.AlignedData>(() => [data.x, ...[...data.stacked].reverse()], [data]);
  return <UplotChart options={options} data={aligned} height={height} testId={testId} onChart={onChart} />;
}
