import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface UplotChartProps {
  /** Everything but the size (the chart takes its container's width). Keep it memoised: a new object rebuilds the chart. */
  options: Omit<uPlot.Options, 'width' | 'height'>;
  data: uPlot.AlignedData;
  height: number;
  /** Fixed width (sparklines); default: the container's width, following resizes. */
  width?: number;
  testId?: string;
  className?: string;
  /** The chart instance once drawn (exports read its canvas), and null when it goes. */
  onChart?: (u: uPlot | null) => void;
}

/** The one React wrapper around uPlot: create on mount, new data in place, follow the width, destroy on unmount. */
export function UplotChart({ options, data, height, width, testId, className, onChart }: UplotChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const latest = useRef(data);
  latest.current = data;

  useEffect(() => {
    const el = box.current!;
    const u = new uPlot({ ...options, width: width ?? Math.max(el.clientWidth, 200), height }, latest.current, el);
    plot.current = u;
    onChart?.(u);
    const ro = width === undefined ? new ResizeObserver(() => u.setSize({ width: Math.max(el.clientWidth, 200), height })) : null;
    ro?.observe(el);
    return () => {
      ro?.disconnect();
      onChart?.(null);
      u.destroy();
      plot.current = null;
    };
    // onChart is a callback prop: a new identity must not rebuild the chart.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [options, height, width]);

  useEffect(() => {
    plot.current?.setData(data);
  }, [data]);

  return <div ref={box} className={className ?? 'chart'} data-testid={testId} />;
}
