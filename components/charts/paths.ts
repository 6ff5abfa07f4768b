import uPlot from 'uplot';

/** A reading holds until the next one (viewer counts). */
export const steppedPaths = () => uPlot.paths.stepped!({ align: 1 });
/** Bars filling `size` of each slot. */
export const barPaths = (size = 0.8) => uPlot.paths.bars!({ size: [size, 60] });

/** One colour per intent / sentiment / moment, shared by the charts and their legends. */
export const INTENT_COLOURS: Record<string, string> = {
  ask_price: '#2563eb',
  ask_spec: '#0891b2',
  ask_stock: '#7c3aed',
  ask_shipping: '#db2777',
  purchase: '#16a34a',
  complaint: '#dc2626',
  praise: '#f59e0b',
  greeting: '#94a3b8',
  other_question: '#0d9488',
  chitchat: '#cbd5e1',
  spam: '#78350f',
};
export const VIEWERS_COLOUR = '#2563eb';
export const MOOD_COLOUR = '#16a34a';
export const MOMENT_COLOURS: Record<string, string> = { viewer_peak: '#2563eb', viewer_spike: '#16a34a', viewer_drop: '#dc2626', mood_swing: '#f59e0b' };
/** Translucent bands behind the curves, one per product (stable by sku). */
export function pitchColour(sku: string): string {
  let h = 0;
  for (const ch of sku) h = (h * 31 + ch.codePointAt(0)!) % 360;
  return `hsla(${h}, 70%, 55%, 0.14)`;
}
