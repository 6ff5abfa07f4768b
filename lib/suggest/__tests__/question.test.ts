import { describe, expect, it } from 'vitest';
import { isQuestion, looksLikeQuestion, QUESTION_INTENTS } from '../detect/question';
import { INTENTS } from '../../ml/labels';

describe('question detection', () => {
  it('follows the model intent when a line is labelled', () => {
    for (const intent of INTENTS) expect(isQuestion('anything?', { intent, intentScore: 0.9 })).toBe(QUESTION_INTENTS.includes(intent));
    expect(QUESTION_INTENTS).toEqual(['ask_price', 'ask_spec', 'ask_stock', 'ask_shipping', 'other_question']);
  });
  it('lets the rule decide when the model is unsure of a non-question label', () => {
    expect(isQuestion('cruelty free??', { intent: 'spam', intentScore: 0.41 })).toBe(true);
    expect(isQuestion('cruelty free??', { intent: 'spam', intentScore: 0.9 })).toBe(false);
    expect(isQuestion('love it', { intent: 'praise', intentScore: 0.3 })).toBe(false);
    expect(isQuestion('开衫扎不扎人', { intent: 'complaint', intentScore: 0.64 })).toBe(true);
  });
  it('uses the rule for unlabelled lines', () => {
    expect(isQuestion('how much is #2')).toBe(true);
    expect(isQuestion('does it come in black')).toBe(true);
    expect(isQuestion('这个多少钱')).toBe(true);
    expect(isQuestion('包邮吗')).toBe(true);
    expect(isQuestion('有没有黑色')).toBe(true);
    expect(isQuestion('love it')).toBe(false);
    expect(isQuestion('主播好美')).toBe(false);
  });
  it('keeps buy signals and empty lines out', () => {
    expect(looksLikeQuestion('link?')).toBe(false);
    expect(looksLikeQuestion('扣1')).toBe(false);
    expect(isQuestion('   ')).toBe(false);
    expect(isQuestion(undefined, { intent: 'ask_price', intentScore: 1 })).toBe(false);
  });
});
