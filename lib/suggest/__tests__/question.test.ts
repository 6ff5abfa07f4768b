import { describe, expect, it } from 'vitest';
import { isQuestion, looksLikeQuestion, QUESTION_INTENTS } from '../detect/question';
import { INTENTS } from '../../ml/labels';

describe('question detection', () => {
  it('follows the model intent when a line is labelled', () => {
    for (const intent of INTENTS) expect(isQuestion('anything?', { intent })).toBe(QUESTION_INTENTS.includes(intent));
    expect(QUESTION_INTENTS).toEqual(['ask_price', 'ask_spec', 'ask_stock', 'ask_shipping', 'other_question']);
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
    expect(isQuestion(undefined, { intent: 'ask_price' })).toBe(false);
  });
});
