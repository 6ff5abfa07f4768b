import { describe, expect, it } from 'vitest';
import { relevantSentences } from '../reply/description';

describe('description sentences that answer a question', () => {
  const d = '80% cotton, 20% polyester fleece. Oversized fit, size down for a closer fit. Machine wash cold. Vegan and cruelty-free.';
  it('by attribute statement and by shared words, ignoring the product\'s own name', () => {
    expect(relevantSentences(d, 'what is it made of', 'material')).toEqual(['80% cotton, 20% polyester fleece.', 'Vegan and cruelty-free.']);
    expect(relevantSentences(d, 'is the hoodie vegan', 'other', ['hoodie'])).toEqual(['Vegan and cruelty-free.']);
    expect(relevantSentences(d, 'does it run small', 'fit')).toEqual(['Oversized fit, size down for a closer fit.']);
    expect(relevantSentences(d, 'what song is this', 'other')).toEqual([]);
  });
  it('works for Chinese by two-character words', () => {
    expect(relevantSentences('内蒙古风干工艺，250克一袋。原味和香辣两种口味。', '一袋多少克', 'dimensions')).toEqual(['内蒙古风干工艺，250克一袋。']);
    expect(relevantSentences('纯棉，帽围56到58厘米，可调节。', '帽围多少', 'other')).toEqual(['纯棉，帽围56到58厘米，可调节。']);
    expect(relevantSentences('容量20000毫安，支持22.5瓦快充。重350克。', '支持快充吗', 'power')).toEqual(['容量20000毫安，支持22.5瓦快充。']);
  });
});
