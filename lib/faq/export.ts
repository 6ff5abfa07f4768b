/** The decision log as a file: CSV (Papa Parse) or JSON, one row per decision, time order. */
import Papa from 'papaparse';
import type { FaqLogRecord } from '../db/schema';

export const FAQ_LOG_COLUMNS = ['time', 'asker', 'question', 'lang', 'faq', 'score', 'method', 'reply', 'status', 'reason', 'detail', 'eventId', 'platform'] as const;

const row = (r: FaqLogRecord) => ({
  time: new Date(r.ts).toISOString(),
  asker: r.asker ?? '',
  question: r.question,
  lang: r.lang,
  faq: r.faqId,
  score: r.score,
  method: r.method,
  reply: r.reply ?? '',
  status: r.status,
  reason: r.reason ?? '',
  detail: r.detail ?? '',
  eventId: r.eventId,
  platform: r.platform,
});

export const faqLogToCsv = (rows: readonly FaqLogRecord[]): string => Papa.unparse(rows.map(row), { columns: [...FAQ_LOG_COLUMNS] });

export const faqLogToJson = (rows: readonly FaqLogRecord[]): string => `${JSON.stringify(rows.map(row), null, 1)}\n`;
