import { describe, expect, it } from 'vitest';
import { faqMatchCommand, readFaqLines } from '../offline/match-command';
import { fakeEmbed } from './fake-embed';

const FAQ = [
  { id: 'ship', lang: 'en' as const, questions: ['How long does shipping take?'], answers: ['Ships in 2 days.', 'Out the door in 2 days.'], enabled: true },
  { id: 'ship-zh', lang: 'zh' as const, questions: ['多久发货'], answers: ['两天内发货。'], enabled: true },
];
const ev = (id: string, text: string, role = 'viewer', name = 'amy') => JSON.stringify({ platform: 'twitch', streamKey: 'twitch:x', kind: 'comment', id, ts: 1, author: { name, role }, text });

describe('faq:match command', () => {
  it('adds faq, score and reply (with the mention) to each line, in order, keeping bad lines', async () => {
    const lines = readFaqLines([ev('a', 'how long does shipping take?'), ev('b', 'how long does shipping take??', 'viewer', 'bo'), '{"text":"多久发货呀"}', '{"nope":1}', ev('c', 'how long does shipping take?', 'owner', 'host')].join('\n'));
    const out = await faqMatchCommand(lines, { embed: fakeEmbed }, { faq: FAQ });
    expect(out[0]).toMatchObject({ id: 'a', faq: 'ship', reply: '@amy Ships in 2 days.' });
    expect(out[0]!.score).toBeGreaterThan(0.5);
    // The second reply of the entry rotates to its other wording.
    expect(out[1]).toMatchObject({ faq: 'ship', reply: '@bo Out the door in 2 days.' });
    expect(out[2]).toMatchObject({ text: '多久发货呀', faq: 'ship-zh', reply: '两天内发货。' });
    expect(out[3]).toMatchObject({ error: 'missing text' });
    expect(out[4]).toMatchObject({ faq: 'ship', reply: null });
  });
  it('uses the labels a line carries', async () => {
    const labelled = JSON.stringify({ text: 'shipping to canada', labels: { lang: 'en', sentiment: 'neutral', sentimentScore: 0.9, intent: 'chitchat', intentScore: 0.95 } });
    const out = await faqMatchCommand(readFaqLines(labelled), { embed: fakeEmbed }, { faq: FAQ, explain: true });
    expect(out[0]).toMatchObject({ faq: null, reply: null, reason: 'not-question' });
  });
});
