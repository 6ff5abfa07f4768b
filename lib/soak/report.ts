import type { MemorySample } from './growth';

export interface SoakReport {
  date: string;
  command: string;
  machine: string;
  hours: number;
  rate: number;
  lang: string;
  seed: number;
  sent: number;
  stored: number;
  lost: number;
  duplicated: number;
  /** Events the worker refused (trust checks): the simulator sends only valid ones, so 0. */
  rejected: number;
  /** Stored rows the soak never sent. */
  foreign: number;
  /** Comments stored without labels once labelling settled (null when run without labels). */
  unlabelled: number | null;
  labelCache: { hits: number; misses: number };
  faults: Record<string, number>;
  copiesDrained: number;
  storageMB: number;
  warmupHours: number;
  heapGrowthMBPerHour: number | null;
  rssGrowthMBPerHour: string | null;
  memory: MemorySample[];
  hourly: { hour: number; sent: number; events: number; heapMB: number; rssMB: number; wallS: number }[];
  wallSeconds: number;
}

export function soakMarkdown(r: SoakReport): string {
  const lines = [
    `# Soak ${r.date.slice(0, 10)}: ${r.hours} h at ${r.rate} msg/s (${r.lang}, seed ${r.seed})`,
    '',
    `\`${r.command}\` — ${r.machine}; ${r.wallSeconds} s of wall time (accelerated clock).`,
    '',
    '| sent | stored | lost | duplicated | rejected | unlabelled | storage (MB, rows as JSON) | heap growth after warm-up (MB/h) | RSS growth (MB/h) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${r.sent} | ${r.stored} | ${r.lost} | ${r.duplicated} | ${r.rejected} | ${r.unlabelled ?? 'n/a'} | ${r.storageMB} | ${r.heapGrowthMBPerHour ?? 'n/a'} | ${r.rssGrowthMBPerHour ?? 'n/a'} |`,
    '',
    `Faults injected: ${Object.entries(r.faults).map(([k, v]) => `${k} × ${v}`).join(', ') || 'none'}; outbox copies delivered by the worker: ${r.copiesDrained}. Warm-up: ${r.warmupHours} h. Label cache: ${r.labelCache.hits} hits, ${r.labelCache.misses} misses.`,
    '',
    '| hour | sent | rows kept (parked on disk while the heap is read) | heap (MB) | RSS (MB) | wall (s) |',
    '|---:|---:|---:|---:|---:|---:|',
    ...r.hourly.map((h) => `| ${h.hour} | ${h.sent} | ${h.events} | ${h.heapMB} | ${h.rssMB} | ${h.wallS} |`),
    '',
  ];
  return lines.join('\n');
}
