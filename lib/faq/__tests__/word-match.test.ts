import { describe, expect, it } from 'vitest';
import { buildWordMatcher } from '../match/word-match';
import { fakeEmbed } from './fake-embed';

const FAQ = [
  { id: 'warranty', questions: ['Is there a warranty?'], answers: ['Two years against defects, zippers included.'] },
  { id: 'ship', questions: ['How long does shipping take?'], answers: ['3-6 business days.'] },
];

describe('word-level overlap', () => {
  it('scores the entry that uses the line words above one that does not', async () => {
    const m = await buildWordMatcher(FAQ, 'en', fakeEmbed);
    const o = (await m.overlap('warranty on the zippers?'))!;
    expect(o.get('warranty')!.cover).toBe(1);
    expect(o.get('warranty')!.missing).toBe(0);
    expect(o.get('ship')!.cover).toBeLessThan(1);
    expect(o.get('ship')!.missing).toBeGreaterThan(0);
  });
  it('is off without an encoder, and a line with no content words covers everything', async () => {
    expect(await (await buildWordMatcher(FAQ, 'en')).overlap('warranty?')).toBeNull();
    const m = await buildWordMatcher(FAQ, 'en', fakeEmbed);
    expect((await m.overlap('is it?'))!.get('ship')).toEqual({ cover: 1, missing: 0 });
  });
});
