import { describe, expect, it } from 'vitest';
import { composeReply, mention } from '../reply/compose';
import { authorBlock } from '../safety/authors';
import { DEFAULT_BANNED_WORDS, findBanned, parseBannedList } from '../safety/banned-words';

const ENTRY = { lang: 'any' as const, answers: ['We ship in 2 days.', 'Orders leave within 2 days.', '两天内发货。'] };

describe('reply composition', () => {
  it('answers in the asker language with an @mention where the platform has mentions', () => {
    expect(composeReply({ entry: ENTRY, lang: 'zh', asker: '小红', platform: 'douyin', variant: 0 })?.text).toBe('@小红 两天内发货。');
    expect(composeReply({ entry: ENTRY, lang: 'en', asker: '@amy', platform: 'youtube', variant: 0 })?.text).toBe('@amy We ship in 2 days.');
    expect(composeReply({ entry: ENTRY, lang: 'en', asker: 'amy', platform: 'amazon', variant: 0 })?.text).toBe('We ship in 2 days.');
    expect(mention('Big Bob', 'twitch')).toBe('@BigBob ');
  });
  it('rotates variants so successive replies differ, and never repeats a recent one', () => {
    const texts = [0, 1, 2, 3, 4, 5].map((v) => composeReply({ entry: ENTRY, lang: 'en', asker: 'amy', platform: 'twitch', variant: v })!.text);
    expect(new Set(texts).size).toBe(texts.length);
    const first = texts[0]!;
    const r = composeReply({ entry: ENTRY, lang: 'en', asker: 'amy', platform: 'twitch', variant: 0, recent: [first] })!;
    expect(r.text).not.toBe(first);
    expect(r.variant).toBe(1);
  });
  it('fills {name} and never cuts an answer to fit a chat limit', () => {
    expect(composeReply({ entry: { lang: 'en', answers: ['Hi {name}, it ships today.'] }, lang: 'en', asker: 'amy', variant: 0 })?.body).toBe('Hi amy, it ships today.');
    expect(composeReply({ entry: ENTRY, lang: 'en', asker: 'amy', platform: 'twitch', variant: 7, maxLength: 25 })?.text).toBe('@amy We ship in 2 days.');
    expect(composeReply({ entry: ENTRY, lang: 'en', asker: 'amy', platform: 'twitch', variant: 0, maxLength: 10 })).toBeNull();
  });
});

describe('banned words', () => {
  const list = parseBannedList(DEFAULT_BANNED_WORDS);
  it('catches advertising-law terms and English claims', () => {
    expect(findBanned('全网最低价，赶紧拍', list)).toBe('最');
    expect(findBanned('这是国家级工艺', list)).toBe('国家级');
    expect(findBanned('销量第一', list)).toBe('第一');
    expect(findBanned('It is a miracle cream', list)).toBe('miracle');
    expect(findBanned('Our #1 seller', list)).toBe('#1');
  });
  it('lets everyday words through', () => {
    for (const t of ['最近发货很快', '最迟周五发出', '第一次下单送小样', '第一时间发货', '最少3天到', 'Securely packed and insured', 'The best way is cold wash'])
      expect(findBanned(t, list), t).toBeNull();
    expect(findBanned('最近的最好', list)).toBe('最');
  });
  it('reads an edited list: one term per line, "!" for exceptions', () => {
    const l = parseBannedList(['cheap', '!cheap shipping', '', '  ']);
    expect(findBanned('cheap shipping today', l)).toBeNull();
    expect(findBanned('so CHEAP', l)).toBe('cheap');
  });
});

describe('author rules', () => {
  const rules = { bots: ['Nightbot'], selfNames: ['@MyShop'] };
  it('never answers the host, moderators, bots or itself', () => {
    expect(authorBlock({ name: 'x', role: 'owner' }, rules)).toBe('host');
    expect(authorBlock({ name: 'x', role: 'moderator' }, rules)).toBe('moderator');
    expect(authorBlock({ name: 'nightbot', role: 'viewer' }, rules)).toBe('bot');
    expect(authorBlock({ name: 'myshop', role: 'vip' }, rules)).toBe('self');
    expect(authorBlock({ name: 'amy', role: 'member' }, rules)).toBeNull();
  });
});
