import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEventLog, serializeEventLog, type LogEvent } from '../../lib/events/event-log';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { dumpStores } from '../pages/extension';
import { PopupPage } from '../pages/popup';

let b: ExtensionBrowser;
let popup: PopupPage;

beforeAll(async () => {
  b = await launchWithExtension();
  popup = await PopupPage.open(b);
});
afterAll(async () => {
  await b?.close();
});

const T = Date.UTC(2026, 8, 30, 12);
const at = { platform: 'tiktok' as const, streamKey: 'tiktok:glowshop' };
const labels = { lang: 'en' as const, sentiment: 'neutral' as const, sentimentScore: 0.81, intent: 'ask_price' as const, intentScore: 0.92 };
const amy = { name: 'amy', role: 'viewer' as const };
// In capture order, as the extension writes it: viewer readings before the first later event,
// pitch markers on a product line or on a pitch-only line.
const LOG: LogEvent[] = [
  { ...at, kind: 'comment', id: 'c1', ts: T, author: amy, text: 'how much is the hoodie?', labels },
  { ...at, kind: 'viewers', id: 'v1', ts: T, viewers: 1200 },
  { ...at, kind: 'product', id: `pitch-${T + 1000}-0`, ts: T + 1000, pitch: { sku: 'HD-1' } },
  { ...at, kind: 'comment', id: 'c2', ts: T + 2000, author: { name: '小王', role: 'member', badges: ['level 12'] }, text: '卫衣多少钱 😍', labels: { ...labels, lang: 'zh', sentiment: 'positive' } },
  { ...at, kind: 'gift', id: 'g1', ts: T + 2500, author: amy, text: 'sent Rose', gift: 'Rose', count: 5 },
  { ...at, kind: 'viewers', id: 'v2', ts: T + 2600, viewers: 1350 },
  { ...at, kind: 'product', id: 'p1', ts: T + 3000, text: 'Glaze Mug', product: { ref: '#2', title: 'Glaze Mug', price: '$12' }, pitch: { sku: 'MUG-2' } },
  { ...at, kind: 'comment', id: 'c3', ts: T + 3500, author: amy, text: 'spam spam', labels: { ...labels, intent: 'spam' } },
  { ...at, kind: 'deletion', id: 'd1', ts: T + 3600, targetId: 'c3' },
];
const TEXT = serializeEventLog(LOG);

type Stores = {
  streams: { id: number; importedFrom?: string; endReason?: string; commentCount: number; peakViewers?: number }[];
  events: { streamId: number; seq: number; id: string; labels?: unknown; deleted?: boolean }[];
  viewerSamples: { streamId: number; id: string; viewers: number }[];
  pitches: { streamId: number; ts: number; sku: string | null; source: string }[];
};
const stores = async () => {
  const s = await dumpStores<Stores>(popup.page, ['streams', 'events', 'viewerSamples', 'pitches']);
  s.events.sort((a, b) => a.streamId - b.streamId || a.seq - b.seq);
  return s;
};

describe('stream export and import in the popup', () => {
  it('a bad log lists its bad lines with their numbers and imports nothing', async () => {
    const bad = [JSON.stringify(LOG[0]), '{"platform":"tiktok"', JSON.stringify({ ...LOG[0], kind: 'shout' }), JSON.stringify({ ...LOG[0], text: 'again' }), JSON.stringify(LOG[1])].join('\n');
    await popup.chooseLog('bad.jsonl', bad);
    const errors = await popup.logErrors();
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(errors[0]?.text).toMatch(/not JSON/);
    expect(errors[1]?.text).toMatch(/unknown kind "shout"/);
    expect(errors[2]?.text).toMatch(/duplicate id "c1" \(first on line 1\)/);
    expect(await popup.commitLabel()).toBe('Import 2 good lines, skip 3');
    await popup.page.click('[data-testid=stream-import-cancel]');
    expect((await stores()).streams).toEqual([]);
  });

  it('an imported log becomes a stream with its events, labels, readings and pitches; its export is the same log', async () => {
    await popup.chooseLog('glow.jsonl', TEXT);
    expect(await popup.logErrors()).toEqual([]);
    expect(await popup.commitLog()).toMatch(/Imported glow\.jsonl: 1 stream/);
    await popup.page.waitForSelector('[data-testid=stream-row]');
    const [row] = await popup.streams();
    expect(row).toMatchObject({ platform: 'tiktok', comments: 2 }); // the summary leaves the deleted spam line out
    expect(row!.text).toMatch(/glow\.jsonl.*imported/);

    const s = await stores();
    expect(s.streams[0]).toMatchObject({ importedFrom: 'glow.jsonl', endReason: 'imported', commentCount: 3, peakViewers: 1350 });
    expect(s.events.map((e) => e.id)).toEqual(['c1', 'c2', 'g1', 'p1', 'c3', 'd1']);
    expect(s.events.find((e) => e.id === 'c2')?.labels).toEqual(LOG[3]!.labels);
    expect(s.events.find((e) => e.id === 'c3')?.deleted).toBe(true);
    expect(s.viewerSamples.map((v) => v.viewers)).toEqual([1200, 1350]);
    expect(s.pitches.map((p) => [p.ts - T, p.sku, p.source]).sort()).toEqual([[1000, 'HD-1', 'import'], [3000, 'MUG-2', 'import']]);

    const out = await popup.exportStream(row!.id);
    expect(out.name).toMatch(/^tiktok_glowshop-.*\.jsonl$/);
    expect(parseEventLog(out.text)).toEqual({ events: LOG, lines: LOG.map((_, i) => i + 1), errors: [] });
  });

  it('comments a log brings without labels are labelled by the worker', async () => {
    const bare = serializeEventLog([{ ...at, streamKey: 'tiktok:bare', kind: 'comment', id: 'x1', ts: T, author: amy, text: 'where is my order?? this is so slow' }]);
    await popup.chooseLog('bare.jsonl', bare);
    await popup.commitLog();
    await popup.page.waitForFunction(
      async () => {
        const db = await new Promise<IDBDatabase>((ok) => {
          const r = indexedDB.open('live-copilot');
          r.onsuccess = () => ok(r.result);
        });
        const rows = await new Promise<{ id: string; labels?: unknown }[]>((ok) => {
          const r = db.transaction('events').objectStore('events').getAll();
          r.onsuccess = () => ok(r.result);
        });
        db.close();
        return rows.some((r) => r.id === 'x1' && r.labels);
      },
      null,
      { timeout: 90_000, polling: 500 },
    );
  });
});
