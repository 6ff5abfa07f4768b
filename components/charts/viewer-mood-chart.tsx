import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { ViewerMoodData } from '@/lib/summary/chart-data';
import { MOMENT_COLOURS, MOOD_COLOUR, pitchColour, steppedPaths, VIEWERS_COLOUR } from './paths';
import { UplotChart } from './uplot-chart';

export interface ViewerMoodChartProps {
  data: ViewerMoodData;
  labels: { viewers: string; mood: string; moment: Record<string, string>; nothingPitched?: string };
  height?: number;
  testId?: string;
  onChart?: (u: uPlot | null) => void;
}

/**
 * The viewer curve (steps: a reading holds until the next) and the mood per minute (−1…1, right
 * axis) on one time axis, with the pitch segments as coloured bands named by sku and the key moments
 * as marked lines naming what was being pitched.
 */
export function ViewerMoodChart({ data, labels, height = 260, testId, onChart }: ViewerMoodChartProps) {
  const options = useMemo<Omit<uPlot.Options, 'width' | 'height'>>(
    () => ({
      scales: { x: { time: true }, v: { auto: true, range: (_u, lo, hi) => [Math.min(0, lo ?? 0), Math.max(1, (hi ?? 1) * 1.1)] }, mood: { range: [-1, 1] } },
      axes: [
        {},
        { scale: 'v', label: labels.viewers, stroke: VIEWERS_COLOUR },
        { scale: 'mood', side: 1, label: labels.mood, stroke: MOOD_COLOUR, grid: { show: false } },
      ],
      series: [
        {},
        { label: labels.viewers, scale: 'v', stroke: VIEWERS_COLOUR, width: 2, spanGaps: true, paths: steppedPaths(), points: { show: false } },
        { label: labels.mood, scale: 'mood', stroke: MOOD_COLOUR, width: 1.5, spanGaps: true, points: { show: true, size: 4 } },
      ],
      hooks: {
        drawClear: [(u) => drawPitches(u, data.pitches)],
        draw: [(u) => drawMoments(u, data.moments, labels.moment)],
      },
    }),
    // The hooks draw this data: a new data set is a new chart (the report's data changes rarely).
    [data, labels],
  );
  const aligned = useMemo<uPlot.AlignedData>(() => [data.x, data.viewers, data.mood], [data]);
  return <UplotChart options={options} data={aligned} height={height} testId={testId} onChart={onChart} />;
}

function drawPitches(u: uPlot, pitches: ViewerMoodData['pitches']) {
  const { ctx, bbox } = u;
  ctx.save();
  ctx.font = `${Math.round(11 * devicePixelRatio)}px system-ui, sans-serif`;
  ctx.textBaseline = 'top';
  for (const p of pitches) {
    const x0 = Math.max(bbox.left, u.valToPos(p.from, 'x', true));
    const x1 = Math.min(bbox.left + bbox.width, u.valToPos(p.to, 'x', true));
    if (x1 <= x0) continue;
    ctx.fillStyle = pitchColour(p.sku);
    ctx.fillRect(x0, bbox.top, x1 - x0, bbox.height);
    ctx.fillStyle = '#555';
    ctx.fillText(p.sku, x0 + 3, bbox.top + 3, Math.max(0, x1 - x0 - 6));
  }
  ctx.restore();
}

function drawMoments(u: uPlot, moments: ViewerMoodData['moments'], names: Record<string, string>) {
  const { ctx, bbox } = u;
  ctx.save();
  ctx.font = `${Math.round(10 * devicePixelRatio)}px system-ui, sans-serif`;
  ctx.textBaseline = 'bottom';
  moments.forEach((m, i) => {
    const x = u.valToPos(m.x, 'x', true);
    if (x < bbox.left || x > bbox.left + bbox.width) return;
    ctx.strokeStyle = MOMENT_COLOURS[m.kind] ?? '#333';
    ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
    ctx.beginPath();
    ctx.moveTo(x, bbox.top);
    ctx.lineTo(x, bbox.top + bbox.height);
    ctx.stroke();
    ctx.fillStyle = ctx.strokeStyle;
    const text = `${names[m.kind] ?? m.kind}${m.pitching ? ` · ${m.pitching}` : ''}`;
    // Stagger labels so neighbours do not print over each other.
    ctx.fillText(text, x + 3, bbox.top + bbox.height - 2 - (i % 3) * 13 * devicePixelRatio);
  });
  ctx.restore();
}
