// One formatter each, made on first use: toLocaleTimeString / a new Intl.NumberFormat per call builds
// the locale data every time (about a millisecond each; the side panel formats hundreds of times a
// second at 200 msg/s — it was the panel's largest cost in a CPU profile, lib/panel/README.md).
let clockFmt: Intl.DateTimeFormat | undefined;
let compactFmt: Intl.NumberFormat | undefined;

export const clock = (ts: number) =>
  (clockFmt ??= new Intl.DateTimeFormat([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })).format(ts);

export const compact = (n: number | undefined) =>
  n === undefined ? '–' : (compactFmt ??= new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 })).format(n);

export function duration(ms: number): string {
  const m = Math.round(ms / 60_000);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
