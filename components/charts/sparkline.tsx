import { useMemo } from 'react';
import type uPlot from 'uplot';
import { steppedPaths } from './paths';
import { UplotChart } from './uplot-chart';

export interface SparklineProps {
  /** x values (any unit, increasing) and y values (null = gap). */
  x: readonly number[];
  y: readonly (number | null)[];
  width?: number;
  height?: number;
  stroke?: string;
  /** Fixed y range (e.g. [-1, 1] for mood); default: the data's. */
  range?: [number, number];
  /** Stepped (a reading holds until the next: viewer counts) or straight lines. */
  stepped?: boolean;
  testId?: string;
  label?: string;
}

/** A tiny line without axes, legend or cursor: the popup's viewer curve, the side panel's. */
export function Sparkline({ x, y, width = 160, height = 36, stroke = '#2563eb', range, stepped = false, testId, label }: SparklineProps) {
  const options = useMemo<Omit<uPlot.Options, 'width' | 'height'>>(
    () => ({
      legend: { show: false },
      cursor: { show: false },
      select: { show: false, left: 0, top: 0, width: 0, height: 0 },
      axes: [{ show: false }, { show: false }],
      scales: { x: { time: false }, y: range ? { range } : { auto: true } },
      series: [{}, { stroke, width: 1.5, spanGaps: true, points: { show: false }, ...(stepped ? { paths: steppedPaths() } : {}) }],
      padding: [2, 2, 2, 2],
    }),
    [stroke, range?.[0], range?.[1], stepped],
  );
  const data = useMemo<uPlot.AlignedData>(() => [[...x], [...y]], [x, y]);
  return (
    <span className="sparkline" role="img" aria-label={label} data-testid={testId}>
      <UplotChart options={options} data={data} height={height} width={width} className="sparkline-chart" />
    </span>
  );
}
