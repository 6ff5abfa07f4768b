import { describe, expect, it } from 'vitest';
import { groupsAnsweredBy, mentionedNames, type OpenGroup } from '../answered/auto-answered';
import { CATALOG } from './fixtures';

const open: OpenGroup[] = [
  { id: 'price2', sku: 'HOOD', attribute: 'price', text: 'how much is #2', askers: ['amy', 'bo'], firstTs: 10, lastTs: 40 },
  { id: 'price3', sku: 'MUG', attribute: 'price', text: 'how much is #3', askers: ['cy'], firstTs: 20, lastTs: 20 },
  { id: 'colour2', sku: 'HOOD', attribute: 'colour', text: 'does the hoodie come in black', askers: ['amy'], firstTs: 30, lastTs: 30 },
  { id: 'ship', sku: null, attribute: 'shipping_time', text: 'when will it arrive', askers: ['dee'], firstTs: 15, lastTs: 15 },
  { id: 'song', sku: null, attribute: 'other', text: 'what song is this', askers: ['eve'], firstTs: 5, lastTs: 5 },
  { id: 'later', sku: 'HOOD', attribute: 'size', text: 'what sizes', askers: ['fay'], firstTs: 500, lastTs: 500 },
];
const host = (text: string, pitchedSku: string | null = null, ts = 100, role: 'owner' | 'moderator' | 'viewer' = 'owner') => groupsAnsweredBy({ text, ts, role, pitchedSku }, open, CATALOG);

describe('auto-answered detection', () => {
  it('a host message stating the asked attribute of the same product answers that group only', () => {
    expect(host('#2 is $45 guys')).toEqual(['price2']);
    expect(host('the hoodie is 45 dollars')).toEqual(['price2']);
    expect(host('this one is $45', 'HOOD')).toEqual(['price2']);
    expect(host('3号19.5元', null)).toEqual(['price3']);
  });
  it('answers colour and policy groups by their cue words or values', () => {
    expect(host('hoodie comes in black and grey')).toEqual(['colour2']);
    expect(host('shipping takes 3-5 days', 'MUG')).toEqual(['ship']);
  });
  it('moderators count, viewers do not', () => {
    expect(host('#2 is $45', null, 100, 'moderator')).toEqual(['price2']);
    expect(host('#2 is $45', null, 100, 'viewer')).toEqual([]);
  });
  it('never answers a group first asked after the message', () => {
    expect(host('sizes S to XL on the hoodie', 'HOOD', 100)).toEqual([]);
    expect(host('sizes S to XL on the hoodie', 'HOOD', 600)).toEqual(['later']);
  });
  it('an @mention answers that asker\'s group about the message, else their latest', () => {
    expect(mentionedNames('@Amy yes! @小红 有的')).toEqual(['amy', '小红']);
    expect(host('@amy yes we have black')).toEqual(['colour2']);
    expect(host('@bo yep')).toEqual(['price2']);
    expect(host('@dee soon!')).toEqual(['ship']);
  });
  it('a host question or unrelated chatter answers nothing', () => {
    expect(host('who wants #2? how much do you think it is?')).toEqual([]);
    expect(host('thanks for coming everyone')).toEqual([]);
  });
  it("'other' questions need a similar reply", () => {
    expect(host('this song is called Sunny, the song is by Bobby Hebb')).toEqual(['song']);
  });
});
