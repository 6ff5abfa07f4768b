/**
 * Chinese phrase families folded to one form before lexical matching (on top of lib/ml's synonym
 * groups), so "几天能收到" meets "多久到" and "在哪里拍" meets "怎么买". General live-commerce
 * phrasing, written for this purpose; longest variants are replaced first.
 */
const FAMILIES: string[][] = [
  ['多久到', '几天能收到', '多久能收到', '多久收到', '几天收到', '啥时候到', '什么时候能到', '几天到货', '多久到货', '多久能到', '几天能到', '几天到'],
  ['什么时候发货', '啥时候发货', '什么时候发', '啥时候发', '几天发货', '几天发', '多久发货', '多久发', '哪天发', '多久能发', '今天能发', '当天发', '发货时间'],
  ['保质期', '能放多久', '放多久', '能放多长时间', '保存多久', '能保存多久', '保存期', '能放几天'],
  ['运费险', '退货险', '运险'],
  ['包邮', '免邮', '包不包邮', '免运费'],
  ['怎么买', '怎么拍', '在哪拍', '在哪里拍', '哪里拍', '怎么下单', '在哪买', '哪里买', '在哪里买', '去哪买', '去哪拍'],
  ['尺码正', '尺码准', '码数准', '码准', '尺码标准', '码数标准', '正码'],
  ['冷藏', '放冰箱', '冰箱'],
  ['小孩', '小朋友', '儿童', '孩子'],
  ['不合适', '不喜欢', '不满意'],
  ['正品', '保真', '真货', '假货'],
  ['多少克', '多重', '几克', '分量', '重量'],
  ['机洗', '洗衣机'],
  ['怎么洗', '怎么清洗', '如何清洗'],
];

const PAIRS: [string, string][] = FAMILIES.flatMap((g) => g.slice(1).map((v): [string, string] => [v, g[0]!])).sort((a, b) => b[0].length - a[0].length);

export function foldZh(text: string): string {
  let t = text;
  for (const [from, to] of PAIRS) if (t.includes(from)) t = t.split(from).join(to);
  return t;
}
