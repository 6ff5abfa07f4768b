import type { SummaryReport } from '../types';
import type { AudienceShare } from '../audience/audience';

export interface StreamMeta {
  id?: number;
  platform: string;
  roomKey: string;
  title?: string;
  url?: string;
  startedAt: number;
  endedAt?: number;
}

/** Everything about one stream's summary as one JSON document (the report's "JSON" export). */
export interface SummaryExport extends SummaryReport {
  format: 'live-copilot-summary';
  version: 1;
  stream: StreamMeta;
  audience: AudienceShare | null;
  exportedAt: number;
}

export function summaryJson(stream: StreamMeta, report: SummaryReport, audience: AudienceShare | null, now = Date.now()): string {
  const doc: SummaryExport = { format: 'live-copilot-summary', version: 1, stream, audience, exportedAt: now, ...report };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
