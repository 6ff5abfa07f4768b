import { describe, expect, it } from 'vitest';
import { coverageOf, covers, findTerms } from '../match/terms/extract';

const keys = (t: string) => findTerms(t).map((f) => `${f.cls}:${f.key}`);

describe('specific terms', () => {
  it('finds days, places, carriers, payment methods, groups and numbers in both languages', () => {
    expect(keys('do you ship on sundays?')).toEqual(['time:sunday']);
    expect(keys('can i pay with bitcoin or klarna')).toEqual(['payment:bitcoin', 'payment:klarna']);
    expect(keys('能发顺丰到香港吗')).toEqual(expect.arrayContaining(['carrier:顺丰', 'place:hong kong']));
    expect(keys('can i return it after 60 days')).toEqual(['number:60']);
    expect(keys('两米的床有吗')).toEqual(['number:2']);
    expect(keys('is it ok for my kids')).toEqual(['group:kid']);
  });
  it('does not read words inside words or listing numbers as terms', () => {
    expect(keys('is LIVE15 valid')).toEqual([]);
    expect(keys('3号链接多少钱')).toEqual([]);
    expect(keys('how do i store the beans')).toEqual([]);
    expect(keys('一包多重')).toEqual([]);
  });
  it('a pet covers its kinds; materials, seasons and damage causes are specific', () => {
    const t = (s: string) => findTerms(s)[0]!;
    expect(covers(coverageOf('If your pet does not like it, we refund within 30 days.'), t('refund if my cat hates it?'))).toBe(true);
    expect(covers(coverageOf('Made for strong chewers.'), t('will my dog destroy it'))).toBe(false);
    expect(covers(coverageOf('80% cotton and 20% polyester.'), t('is the hoodie wool?'))).toBe(false);
    expect(covers(coverageOf('冬被是6斤大豆纤维'), t('被子夏天能盖吗'))).toBe(false);
    expect(covers(coverageOf('冬被是6斤大豆纤维'), t('冬天盖够不够'))).toBe(true);
    expect(covers(coverageOf('A 2-year warranty covering defects.'), t('does the warranty cover drops?'))).toBe(false);
  });
  it('an amount in the unit of an entry threshold is covered; listed options stay exact', () => {
    const t = (s: string) => findTerms(s).find((f) => f.cls === 'number')!;
    expect(t('do i pay shipping on a $70 order').unit).toBe('$');
    expect(covers(coverageOf('Shipping is a flat $5.99, free on orders over $60.'), t('free shipping on a $70 order?'))).toBe(true);
    expect(covers(coverageOf('满199减20'), t('买250元有优惠吗'))).toBe(false);
    expect(covers(coverageOf('满199元减20'), t('买250元有优惠吗'))).toBe(true);
    expect(covers(coverageOf('四件套有1.5米和1.8米两种'), t('有2米的吗'))).toBe(false);
    expect(covers(coverageOf('1.8米的床用哪个'), t('1.2米的床用哪个'))).toBe(false);
  });
  it('covers a term named by the entry, a broader region, or a whole class', () => {
    const c = coverageOf('We ship to Canada, the UK, the EU and Australia.');
    const t = (s: string) => findTerms(s)[0]!;
    expect(covers(c, t('ship to germany?'))).toBe(true);
    expect(covers(c, t('ship to scotland?'))).toBe(true);
    expect(covers(c, t('do you ship to japan'))).toBe(false);
    expect(covers(coverageOf('We ship worldwide.'), t('do you ship to japan'))).toBe(true);
    expect(covers(coverageOf('Orders ship in the US within 2 days'), t('ship to texas?'))).toBe(true);
    expect(covers(coverageOf('全国包邮，新疆西藏除外'), t('能发到新疆吗'))).toBe(true);
    expect(covers(coverageOf('江浙沪次日达'), t('上海几天到'))).toBe(true);
    expect(covers(coverageOf('We also ship on weekends'), t('do you ship on saturday'))).toBe(true);
    expect(covers(coverageOf('30-day returns'), t('can i return it after 30 days'))).toBe(true);
  });
  it('treats questions about the host in person as unstated unless the entry is about that', () => {
    const t = findTerms('what is your skincare routine at night')[0]!;
    expect(t.cls).toBe('personal');
    expect(covers(coverageOf('How do I use the serum?\nMorning or night?'), t)).toBe(false);
    expect(covers(coverageOf('What is your skincare routine?'), t)).toBe(true);
  });
});
