import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveCopilotDb } from '../../db/db';
import { deleteStream } from '../../db/delete-stream';
import { importStreamPlans } from '../../db/stream-log-repo';
import { parseEventLog, type LogEvent } from '../../events/event-log';
import { planImport } from '../../stream-log/plan-import';
import { newVsReturning, shopAudience } from '../audience/audience';
import { forgetViewer, shopRows } from '../audience/store';
import { catchUpSummary } from '../store/catch-up';
import { loadSummaryReport } from '../store/read';
import { comment, ev, lab } from './fixtures';

let db: LiveCopilotDb;
let n = 0;
beforeEach(() => {
  db = new LiveCopilotDb(`summary-audience-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const HOUR = 3600;
async function stream(log: LogEvent[], streamKey = 'tiktok:glow'): Promise<number> {
  const plan = planImport(parseEventLog(log.map((e) => JSON.stringify({ ...e, streamKey })).join('\n')));
  const [id] = await importStreamPlans(db, plan.streams, `${streamKey}.jsonl`);
  while (await catchUpSummary(db, id!, 1e9));
  return id!;
}

describe('audience across a shop’s streams', () => {
  it('top fans: streams attended, comments, questions, purchases; the host is not a fan; new vs returning per stream', async () => {
    const s1 = await stream([
      comment('a1', 0, 'amy', 'hi', lab('positive', 'greeting')),
      comment('a2', 1, 'amy', 'how much?', lab('neutral', 'ask_price')),
      ev('join', 'j1', 2, 'bob'),
      { ...comment('h1', 3, 'host', 'welcome'), author: { name: 'host', role: 'owner' } },
    ]);
    const s2 = await stream([
      comment('b1', HOUR, 'amy', 'back again', lab('positive', 'chitchat')),
      ev('purchase', 'p1', HOUR + 1, 'amy'),
      comment('b2', HOUR + 2, 'cat', 'first time here', lab('neutral', 'chitchat')),
      { ...comment('h2', HOUR + 3, 'host', 'hello'), author: { name: 'host', role: 'owner' } },
    ]);
    await stream([comment('x', 0, 'amy', 'other shop')], 'douyin:123');

    const rows = await shopRows(db, 'tiktok:glow');
    const fans = shopAudience(rows);
    expect(fans.map((f) => [f.name, f.streams, f.comments, f.purchases])).toEqual([['amy', 2, 3, 1], ['cat', 1, 1, 0], ['bob', 1, 0, 0]]);
    expect(newVsReturning(rows, s1)).toEqual({ viewers: 2, returning: 0, new: 2, returningShare: 0 });
    expect(newVsReturning(rows, s2)).toEqual({ viewers: 2, returning: 1, new: 1, returningShare: 0.5 });
  });

  it('a question counts for its asker when the question grouping filed it', async () => {
    const id = await stream([comment('q', 0, 'amy', 'how much?', lab('neutral', 'ask_price'))]);
    await db.questionMembers.put({ streamId: id, eventId: 'q', groupId: 'q', ts: 0, author: 'amy' });
    await db.summaryStates.delete(id);
    await db.summaryMinutes.clear();
    await db.streamViewers.clear();
    while (await catchUpSummary(db, id, 1e9));
    expect(shopAudience(await shopRows(db, 'tiktok:glow'))[0]).toMatchObject({ name: 'amy', comments: 1, questions: 1 });
  });

  it('forgetting a viewer removes their rows in that shop only; the stream summaries keep their numbers', async () => {
    const id = await stream([comment('a', 0, 'amy', 'hi', lab('positive', 'greeting')), comment('b', 1, 'bob', 'yo', lab('neutral', 'greeting'))]);
    await stream([comment('x', 0, 'amy', 'hi')], 'douyin:123');
    const before = (await loadSummaryReport(db, id))!.summary;
    expect(await forgetViewer(db, 'tiktok:glow', 'amy')).toBe(1);
    expect(shopAudience(await shopRows(db, 'tiktok:glow')).map((f) => f.name)).toEqual(['bob']);
    expect(shopAudience(await shopRows(db, 'douyin:123')).map((f) => f.name)).toEqual(['amy']);
    expect((await loadSummaryReport(db, id))!.summary).toEqual(before);
  });
});

describe('deleting a stream', () => {
  it('removes the stream, its events, readings, pitches, questions, aggregates and audience rows, and nothing of other streams', async () => {
    const log = [ev('viewers', 'v', 0, undefined, { viewers: 10 }), comment('a', 1, 'amy', 'hi', lab('positive', 'greeting')), ev('product', 'p', 2, undefined, { pitch: { sku: 'X' } })];
    const gone = await stream(log);
    const kept = await stream(log, 'douyin:123');
    await db.questionMembers.put({ streamId: gone, eventId: 'a', groupId: 'a', ts: 0, author: 'amy' });
    await db.tabs.put({ tabId: 7, roomKey: 'tiktok:glow', streamId: gone, frames: {}, updatedAt: 0 });
    await deleteStream(db, gone);
    for (const t of [db.events, db.viewerSamples, db.pitches, db.questionMembers, db.summaryMinutes, db.streamViewers] as const) {
      const rows = (await (t as typeof db.events).toArray()) as unknown as { streamId: number }[];
      expect(rows.every((r) => r.streamId === kept)).toBe(true);
      expect(rows.length).toBeGreaterThan(t === db.questionMembers ? -1 : 0);
    }
    expect(await db.streams.get(gone)).toBeUndefined();
    expect(await db.summaryStates.get(gone)).toBeUndefined();
    expect((await db.tabs.get(7))?.streamId).toBeUndefined();
    expect(await loadSummaryReport(db, kept)).not.toBeNull();
  });
});
