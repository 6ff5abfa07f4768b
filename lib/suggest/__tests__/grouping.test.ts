import { describe, expect, it } from 'vitest';
import { createGrouper, DEFAULT_GROUPING, type QuestionItem } from '../group/grouper';
import { groupQuestions, type EmbedFn, type QuestionInput } from '../group/pipeline';
import { extractSlots } from '../slots/extract';
import { fromRecord, toRecord } from '../queue/records';
import { CATALOG } from './fixtures';

const q = (id: string, text: string, author = id, pitchedSku: string | null = null, ts = Number(id.replace(/\D/g, '')) || 0): QuestionInput => ({ id, text, ts, author, pitchedSku });

/** A fake embedder: texts sharing a topic word get the same direction (what USE-lite gives paraphrases). */
const TOPICS = ['price|cost|much', 'ship|arrive|deliver', 'song|music'];
const fakeEmbed: EmbedFn = async (texts) => texts.map((t) => [...TOPICS.map((w) => (new RegExp(w).test(t) ? 1 : 0)), 0.2]);

const groupsOf = async (inputs: QuestionInput[], embed?: EmbedFn) => {
  const r = await groupQuestions(inputs, { catalog: CATALOG, embed });
  const by = new Map<string, string[]>();
  r.groupIds.forEach((g, i) => by.set(g, [...(by.get(g) ?? []), inputs[i]?.id ?? '']));
  return [...by.values()];
};

describe('question grouping', () => {
  it('puts paraphrases of one question by different viewers in one group', async () => {
    const g = await groupsOf([q('1', 'how much is #2'), q('2', 'price of #2?'), q('3', '#2 how much does it cost'), q('4', 'what does the hoodie cost')], fakeEmbed);
    expect(g).toEqual([['1', '2', '3', '4']]);
  });
  it('is product-aware: the same words about different products are different groups', async () => {
    const g = await groupsOf([q('1', 'how much is #2'), q('2', 'how much is #3'), q('3', 'how much is #2?')], fakeEmbed);
    expect(g).toEqual([['1', '3'], ['2']]);
  });
  it('is attribute-aware: colour and size questions about one product stay apart', async () => {
    const g = await groupsOf([q('1', 'does the hoodie come in black'), q('2', 'what sizes does the hoodie have'), q('3', 'hoodie in black?')]);
    expect(g).toEqual([['1', '3'], ['2']]);
  });
  it('keeps different named variants apart', async () => {
    const g = await groupsOf([q('1', '卫衣有黑色吗'), q('2', '卫衣有灰色吗'), q('3', '黑色的卫衣有吗')]);
    expect(g).toEqual([['1', '3'], ['2']]);
  });
  it('keeps a product question naming no product apart across pitches unless worded alike', async () => {
    // cos("is it waterproof", "can it get wet") = 0.7: enough under one pitch, not across two.
    const embed: EmbedFn = async (texts) => texts.map((t) => (t.includes('waterproof') ? [1, 0] : [0.7, Math.sqrt(1 - 0.49)]));
    expect(await groupsOf([q('1', 'is it waterproof', 'a', 'HOOD'), q('2', 'can it get wet', 'b', 'HOOD')], embed)).toEqual([['1', '2']]);
    expect(await groupsOf([q('1', 'is it waterproof', 'a', 'HOOD'), q('2', 'can it get wet', 'b', 'MUG')], embed)).toEqual([['1'], ['2']]);
    expect(await groupsOf([q('1', 'is it waterproof', 'a', 'HOOD'), q('2', 'is it waterproof?', 'b', 'MUG')], embed)).toEqual([['1', '2']]);
  });
  it('keeps what was pitched at a group\'s first ask across a worker restart', async () => {
    const r = await groupQuestions([q('1', 'is it waterproof', 'a', 'HOOD')], { catalog: CATALOG });
    const g = r.groups[0];
    expect(g?.pitched).toBe('HOOD');
    if (g) expect(fromRecord(toRecord(1, g, { eventId: '1', asker: 'a' }, undefined)).pitched).toBe('HOOD');
  });
  it('resolves deictic questions to the pitched product before grouping', async () => {
    const g = await groupsOf([q('1', '这个多少钱', 'a', 'HOOD'), q('2', '2号多少钱', 'b'), q('3', '这个多少钱', 'c', 'MUG')]);
    expect(g).toEqual([['1', '2'], ['3']]);
  });
  it('groups seller-wide policy questions whatever was pitched', async () => {
    const g = await groupsOf([q('1', 'can I return it', 'a', 'HOOD'), q('2', 'can I return it if it does not fit', 'b', 'MUG')]);
    expect(g).toEqual([['1', '2']]);
  });
  it('groups discount questions that name no product as one shop-wide question', async () => {
    const g = await groupsOf([q('1', '还有优惠吗', 'a', 'HOOD'), q('2', '有优惠券吗', 'b', 'MUG'), q('3', '2号有优惠吗', 'c'), q('4', '买两件能打折吗', 'd')]);
    expect(g).toEqual([['1', '2', '4'], ['3']]);
  });
  it('needs close text for questions without an attribute', async () => {
    const g = await groupsOf([q('1', 'what song is this'), q('2', 'what is this song called'), q('3', 'where are you from')], fakeEmbed);
    expect(g).toEqual([['1', '2'], ['3']]);
  });
  it('joins languages only on narrow slots of one known product, never on words alone', async () => {
    // "2号多少钱" and "how much is #2" are one question for the host; "what song is this" and
    // "这是什么歌" have no slot to agree on, and a broad attribute needs the words to agree.
    const g = await groupsOf([q('1', 'how much is #2'), q('2', '2号多少钱'), q('3', 'what song is this'), q('4', '这是什么歌'), q('5', 'how much is #3')], fakeEmbed);
    expect(g).toEqual([['1', '2'], ['3'], ['4'], ['5']]);
  });
  it('tallies asks, distinct askers, first and last time; the id is the first question', async () => {
    const r = await groupQuestions([q('10', 'how much is #2', 'amy'), q('20', 'price of #2?', 'bo'), q('30', 'how much is #2??', 'amy')], { catalog: CATALOG, embed: fakeEmbed });
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]).toMatchObject({ id: '10', count: 3, askers: ['amy', 'bo'], firstTs: 10, lastTs: 30, text: 'how much is #2' });
  });
  it('incremental and batch grouping agree, and restored groups keep their ids', () => {
    const items: QuestionItem[] = ['how much is #2', 'does the hoodie come in black', 'price for #2', 'hoodie in black?'].map((text, i) => ({ id: `e${i}`, text, ts: i, author: `u${i}`, vec: null, slots: extractSlots(text, CATALOG) }));
    const live = createGrouper();
    const ids = items.map((it) => live.add(it).group.id);
    expect(ids).toEqual(['e0', 'e1', 'e0', 'e1']);
    const restored = createGrouper(DEFAULT_GROUPING, live.groups().map((g) => ({ ...g, samples: g.samples.map((s) => ({ ...s })) })));
    const next = { id: 'e9', text: '#2 price?', ts: 9, author: 'z', vec: null, slots: extractSlots('#2 price?', CATALOG) };
    expect(restored.add(next)).toMatchObject({ created: false, group: { id: 'e0', count: 3 } });
  });
});
