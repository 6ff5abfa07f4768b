import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveCopilotDb } from '../../db/db';
import { attachStream } from '../../db/streams-repo';
import { ingestEvents, streamEvents } from '../../db/events-repo';
import { LABEL_BATCH, labelNextBatch } from '../labeller';
import type { LiveEvent } from '../../events/live-event';
import type { CommentLabels } from '../../ml/labels';

let db: LiveCopilotDb;
beforeEach(() => {
  db = new LiveCopilotDb(`label-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const ev = (id: string, kind: LiveEvent['kind'] = 'comment'): LiveEvent => ({ platform: 'douyin', streamKey: 'douyin:1', kind, id, ts: 1, text: `t${id}` });
const label: CommentLabels = { lang: 'zh', sentiment: 'neutral', sentimentScore: 0.9, intent: 'ask_price', intentScore: 0.8 };

async function stream(n: number) {
  const s = await attachStream(db, { roomKey: 'douyin:1', platform: 'douyin', url: 'u' }, 0);
  await ingestEvents(db, s.id!, [...Array.from({ length: n }, (_, i) => ev(String(i))), ev('g', 'gift')], 0);
  return s.id!;
}

describe('labeller', () => {
  it('labels text events batch by batch and records progress in the stream', async () => {
    const id = await stream(LABEL_BATCH + 5);
    const seen: string[][] = [];
    const classify = async (texts: string[]) => (seen.push(texts), texts.map(() => label));
    expect(await labelNextBatch(db, id, classify)).toBe(true);
    expect(await labelNextBatch(db, id, classify)).toBe(false);
    const rows = await streamEvents(db, id);
    expect(rows.filter((r) => r.kind === 'comment').every((r) => r.labels?.intent === 'ask_price')).toBe(true);
    expect(rows.find((r) => r.kind === 'gift')?.labels).toBeUndefined();
    expect(seen.flat()).toHaveLength(LABEL_BATCH + 5);
    expect((await db.streams.get(id))?.labelledSeq).toBe(LABEL_BATCH + 5);
  });

  it('keeps events unlabelled and progress unchanged when the models fail', async () => {
    const id = await stream(3);
    expect(await labelNextBatch(db, id, async (t) => t.map(() => null))).toBe(false);
    expect((await db.streams.get(id))?.labelledSeq).toBeUndefined();
    expect(await streamEvents(db, id)).toHaveLength(4); // nothing lost
    await labelNextBatch(db, id, async (t) => t.map(() => label));
    expect((await streamEvents(db, id)).filter((r) => r.labels)).toHaveLength(3);
  });

  it('hands each committed batch, labels applied, to the after-label step; its failure does not stall labelling', async () => {
    const id = await stream(2);
    const got: [number, string[]][] = [];
    await labelNextBatch(db, id, async (t) => t.map(() => label), async (sid, rows) => {
      got.push([sid, rows.map((r) => `${r.id}:${r.labels?.intent ?? '-'}`)]);
    });
    expect(got).toEqual([[id, ['0:ask_price', '1:ask_price', 'g:-']]]);
    const id2 = await stream(1);
    await labelNextBatch(db, id2, async (t) => t.map(() => label), async () => { throw new Error('boom'); });
    const all = await streamEvents(db, id2);
    expect((await db.streams.get(id2))?.labelledSeq).toBe(all[all.length - 1]?.seq);
  });

  it('keeps labels an imported log came with and labels only the rest', async () => {
    const s = await attachStream(db, { roomKey: 'douyin:1', platform: 'douyin', url: '' }, 0);
    const given: CommentLabels = { ...label, intent: 'purchase' };
    await ingestEvents(db, s.id!, [{ ...ev('a'), labels: given } as LiveEvent, ev('b')], 0);
    const seen: string[][] = [];
    const got: string[] = [];
    await labelNextBatch(db, s.id!, async (t) => (seen.push(t), t.map(() => label)), async (_sid, rows) => void got.push(...rows.map((r) => r.id)));
    expect(seen).toEqual([['tb']]);
    expect((await streamEvents(db, s.id!)).map((r) => r.labels?.intent)).toEqual(['purchase', 'ask_price']);
    expect(got).toEqual(['a', 'b']); // the question queue still sees every row
  });
});
