import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { DemandData } from '@/lib/summary/chart-data';
import { barPaths } from './paths';
import { UplotChart } from './uplot-chart';

export interface DemandChartProps {
  data: DemandData;
  labels: { during: string; outside: string };
  height?: number;
  testId?: string;
  onChart?: (u: uPlot | null) => void;
}

const OUTSIDE = '#94a3b8';
const DURING = '#16a34a';

/** Demand per product (mentions + questions + purchase signals): the part during its pitch, and the rest on top. */
export function DemandChart({ data, labels, height = 220, testId, onChart }: DemandChartProps) {
  const options = useMemo<Omit<uPlot.Options, 'width' | 'height'>>(
    () => ({
      scales: { x: { time: false, range: (_u) => [-0.6, Math.max(0.6, data.skus.length - 0.4)] }, y: { range: (_u, _lo, hi) => [0, Math.max(1, hi ?? 1)] } },
      axes: [{ values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? (data.skus[v] ?? '') : '')), splits: () => data.skus.map((_s, i) => i), grid: { show: false } }, {}],
      series: [
        { label: 'sku', value: (_u, v) => (v === null || v === undefined ? '' : (data.skus[v] ?? '')) },
        // Total first (outside shows above), then the during part over it.
        { label: labels.outside, stroke: OUTSIDE, fill: OUTSIDE, paths: barPaths(0.6), points: { show: false }, value: (_u, _v, _s, i) => (i === null ? '' : String((data.total[i] ?? 0) - (data.during[i] ?? 0))) },
        { label: labels.during, stroke: DURING, fill: DURING, paths: barPaths(0.6), points: { show: false } },
      ],
    }),
    [data, labels],
  );
  const aligned = useMemo<uPlot.AlignedData>(() => [data.skus.map((_s, i) => i), data.total, data.during], [data]);
  return <UplotChart options={options} data={aligned} height={height} testId={testId} onChart={onChart} />;
}
