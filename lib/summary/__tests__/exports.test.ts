import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { demandData, intentStackData, viewerMoodData } from '../chart-data';
import { eventsCsv, seriesCsv, EVENT_COLUMNS } from '../export/csv';
import { htmlReport, escapeHtml } from '../export/html';
import { summaryJson } from '../export/json';
import { pitchTimeline } from '../pitch-timeline';
import { excludedIds, splitLog, summarizeLog } from '../summarize';
import { CATALOG, HAND_LOG, HAND_QUESTIONS, comment, s, T0 } from './fixtures';

const report = summarizeLog(HAND_LOG, { catalog: CATALOG, questions: HAND_QUESTIONS });

describe('per-minute series', () => {
  it('one point per minute from the first to the last event, viewers at the minute end, mood, intents, pitch', () => {
    expect(report.series.map((p) => [p.ts - T0, p.viewers, p.comments, p.mood, p.pitching])).toEqual([
      [0, 100, 2, 0.5, null],
      [60_000, 300, 1, 1, 'HOOD'],
      [120_000, 200, 1, 0, 'HOOD'],
      [180_000, 200, 0, null, 'HOOD'],
    ]);
    expect(report.series.reduce((a, p) => a + p.comments, 0)).toBe(report.summary.comments.total);
  });
});

describe('CSV exports', () => {
  it('events: one row per log line with labels, deleted flag and the pitched product', () => {
    const parts = splitLog(HAND_LOG, CATALOG);
    const csv = eventsCsv(HAND_LOG, excludedIds(HAND_LOG), pitchTimeline(parts.pitches).at);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(Object.keys(rows[0]!)).toEqual(EVENT_COLUMNS);
    expect(rows).toHaveLength(HAND_LOG.length);
    expect(rows.find((r) => r.id === 'c4')).toMatchObject({ deleted: 'yes', intent: 'spam', author: 'fred' });
    expect(rows.find((r) => r.id === 'c3')).toMatchObject({ kind: 'superchat', pitching: 'HOOD', amount: '5', currency: 'USD' });
  });

  it('a comment that looks like a formula stays text; quotes, commas and newlines survive', () => {
    const log = [comment('x', 0, 'eve', '=HYPERLINK("http://x","a, b\nc")')];
    const csv = eventsCsv(log, new Set(), () => null);
    const row = Papa.parse<Record<string, string>>(csv, { header: true }).data[0]!;
    expect(row.text).toBe(`'=HYPERLINK("http://x","a, b\nc")`);
  });

  it('series: a row per minute with every intent column', () => {
    const rows = Papa.parse<Record<string, string>>(seriesCsv(report.series), { header: true }).data;
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ viewers: '100', comments: '2', mood: '0.5', intent_greeting: '1', intent_ask_price: '1', intent_spam: '0' });
  });
});

describe('JSON export', () => {
  it('holds the stream, the metrics, the series and the audience', () => {
    const doc = JSON.parse(summaryJson({ platform: 'tiktok', roomKey: 'tiktok:glow', startedAt: T0 }, report, null, 5));
    expect(doc).toMatchObject({ format: 'live-copilot-summary', version: 1, exportedAt: 5, stream: { roomKey: 'tiktok:glow' } });
    expect(doc.summary).toEqual(report.summary);
    expect(doc.series).toHaveLength(4);
  });
});

describe('HTML report', () => {
  const html = htmlReport({
    lang: 'en',
    title: 'Glow <script>alert(1)</script>',
    subtitle: 'tiktok',
    metrics: [['Comments', '4']],
    charts: [{ title: 'Viewers', image: 'data:image/png;base64,iVBORw0KGgo=' }, { title: 'remote', image: 'https://example.com/x.png' }],
    tables: [{ title: 'Questions', columns: ['Question'], rows: [['<img src=x onerror=alert(1)>']] }, { title: 'Empty', columns: ['a'], rows: [], empty: 'none' }],
    footer: 'made here',
  });
  it('has no script and forbids every request; inline images only', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`);
    expect(html).not.toContain('https://example.com');
    expect(html).toContain('src="data:image/png;base64,iVBORw0KGgo="');
  });
  it('scraped text is escaped', () => {
    expect(html).toContain(escapeHtml('<img src=x onerror=alert(1)>'));
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('<p class="sub">none</p>');
  });
});

describe('chart data', () => {
  it('viewers at their readings, mood mid-minute, pitch segments and moments in seconds', () => {
    const d = viewerMoodData(report);
    expect(d.x).toEqual([0, 30, 60, 90, 120, 150].map((x) => T0 / 1000 + x));
    expect(d.viewers).toEqual([100, null, 300, null, 200, null]);
    expect(d.mood).toEqual([null, 0.5, null, 1, null, 0]);
    expect(d.pitches).toEqual([{ sku: 'HOOD', from: s(60) / 1000, to: s(180) / 1000 }]);
    expect(d.moments.map((m) => m.kind)).toEqual(['viewer_peak', 'viewer_spike', 'viewer_drop']);
  });
  it('comments per minute by intent, stacked', () => {
    const d = intentStackData(report.series);
    expect(d.intents).toEqual(['ask_price', 'purchase', 'greeting']);
    expect(d.counts).toEqual([[1, 0, 1, 0], [0, 1, 0, 0], [1, 0, 0, 0]]);
    expect(d.stacked[2]).toEqual([2, 1, 1, 0]);
  });
  it('demand per product: during its pitch and in all', () => {
    expect(demandData(report.summary.products)).toEqual({ skus: ['HOOD', 'MUG'], during: [3, 0], total: [5, 2] });
  });
});
