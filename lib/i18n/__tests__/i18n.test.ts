import { describe, expect, it } from 'vitest';
import { createI18n, resolveUiLang } from '../index';
import { RESOURCES } from '../resources';

type Tree = { [k: string]: string | Tree };
const leaves = (t: Tree, prefix = ''): [string, string][] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it('every namespace has the same keys and the same {{variables}} in English and Chinese', () => {
    for (const ns of Object.keys(RESOURCES.en) as (keyof typeof RESOURCES.en)[]) {
      const en = new Map(leaves(RESOURCES.en[ns] as Tree));
      const zh = new Map(leaves(RESOURCES.zh[ns] as Tree));
      expect([...zh.keys()].sort(), ns).toEqual([...en.keys()].sort());
      for (const [k, v] of en) expect(vars(zh.get(k) ?? ''), `${ns}.${k}`).toEqual(vars(v));
      for (const [k, v] of zh) expect(v.trim(), `${ns}.${k} is empty`).not.toBe('');
    }
  });

  it('follows the browser language unless the user chose one', () => {
    expect(resolveUiLang('auto', ['zh-CN', 'en'])).toBe('zh');
    expect(resolveUiLang('auto', ['fr-FR', 'en-GB'])).toBe('en');
    expect(resolveUiLang('auto', [])).toBe('en');
    expect(resolveUiLang('zh', ['en-US'])).toBe('zh');
  });

  it('translates with plurals and variables', async () => {
    expect((await createI18n('en')).t('comments', { count: 2 })).toBe('2 comments');
    expect((await createI18n('zh')).t('comments', { count: 1 })).toBe('1 条评论');
  });
});
