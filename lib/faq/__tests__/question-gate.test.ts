import { describe, expect, it } from 'vitest';
import { complaintCue, hasQuestionForm, questionGate, statementCue } from '../match/question-gate';

const q = (intent: string, intentScore = 0.9) => ({ intent, intentScore }) as Parameters<typeof questionGate>[1];

describe('question gate', () => {
  it('passes questions with question form in both languages', () => {
    for (const t of ['how long does shipping take', 'shipping time??', 'i have oily skin, is the serum ok for me', 'can i use apple pay', '包不包邮', '掉不掉色', '加糖了没有', '拍了多久能收到'])
      expect(questionGate(t, null), t).toEqual({ ok: true });
  });
  it('keeps statements out, even on a covered topic', () => {
    for (const t of ['shipping was super fast last time!', 'i used the code and it worked', 'just ordered two hoodies', '上次买的三天就到了', '已拍', '收到了很好吃'])
      expect(questionGate(t, q('ask_shipping', 0.55)).ok, t).toBe(false);
  });
  it('keeps complaints out, question or not', () => {
    for (const t of ['my order still hasnt arrived after 3 weeks', 'why is shipping so expensive 😡', 'it smells weird, is it expired??', '等了一个星期还没发货', '洗了一次就掉色了，差评', '感觉买到假货了'])
      expect(questionGate(t, null), t).toEqual({ ok: false, reason: 'complaint' });
  });
  it('a breakage inside a condition or a question about the remedy asks the policy', () => {
    for (const t of ['if the zip breaks do you fix it', 'can i send it back if it doesnt work out', '坏了包赔吗', '压坏了能赔吗', '跳绳坏了保修吗'])
      expect(complaintCue(t), t).toBe(false);
    for (const t of ['the zipper broke after two trips, not happy', '收到全碎了，太差了', '碎了，差评', 'my grinder broke after a week and nobody answers emails'])
      expect(complaintCue(t), t).toBe(true);
  });
  it('trusts a confident complaint label only without question form', () => {
    expect(questionGate('the hoodie is thin', q('complaint', 0.9))).toEqual({ ok: false, reason: 'complaint' });
    expect(questionGate('will this irritate my sensitive skin?', q('complaint', 0.73))).toEqual({ ok: true });
  });
  it('accepts a fragment the model calls a question', () => {
    expect(questionGate('shipping to canada', q('ask_shipping', 0.8))).toEqual({ ok: true });
    expect(questionGate('shipping to canada', q('ask_shipping', 0.4))).toEqual({ ok: false, reason: 'not-question' });
    expect(questionGate('shipping to canada', q('chitchat', 0.9))).toEqual({ ok: false, reason: 'not-question' });
  });
  it('reads cues', () => {
    expect(hasQuestionForm('what if it breaks')).toBe(true);
    expect(hasQuestionForm('love it')).toBe(false);
    expect(statementCue('should i use it am or pm')).toBe(false);
    expect(statementCue('i use it every day')).toBe(true);
    expect(statementCue('到了发现破损能退吗')).toBe(false);
    expect(complaintCue('refund policy?')).toBe(false);
    expect(hasQuestionForm('新手选多厚的')).toBe(true);
    expect(hasQuestionForm('收到了垫子没什么味道')).toBe(false);
    expect(statementCue('收到了垫子没什么味道')).toBe(true);
    expect(complaintCue('what happens if my kettle stops working')).toBe(false);
  });
});
