/**
 * Chinese live-commerce synonym groups: each variant is rewritten to the group's first form before
 * indexing, so "几块钱" and "多少钱" share terms. Written from general shopping vocabulary (not tuned
 * on the paraphrase evaluation set). Longest variants are replaced first.
 */
export const ZH_SYNONYMS: string[][] = [
  ['多少钱', '几块钱', '多少米', '什么价', '啥价', '价钱', '价格', '价位', '多钱', '怎么卖', '卖多少'],
  ['优惠', '折扣', '打折', '便宜点', '减价', '满减', '优惠券', '券'],
  ['发货', '寄出', '发出', '出库'],
  ['快递', '物流', '邮寄'],
  ['多久到', '几天到', '多久能到', '什么时候到', '多长时间到'],
  ['退货', '退换', '退回', '无理由', '可以退'],
  ['有货', '现货', '库存', '有库存'],
  ['没货', '缺货', '断货', '卖完', '售罄', '抢光'],
  ['补货', '返场', '再上', '上新'],
  ['尺码', '码数', '尺寸', '号码'],
  ['偏大', '偏松', '宽松'],
  ['偏小', '偏紧', '紧身'],
  ['材质', '面料', '布料', '材料', '用料'],
  ['颜色', '色号', '配色'],
  ['包邮', '免运费', '不要运费'],
  ['运费', '邮费', '快递费'],
  ['保修', '质保', '售后'],
  ['链接', '小黄车', '购物车'],
  ['掉色', '褪色'],
  ['怎么用', '如何使用', '用法', '使用方法'],
  ['敏感肌', '敏感皮', '皮肤敏感'],
];

const PAIRS: [string, string][] = ZH_SYNONYMS.flatMap((g) => g.slice(1).map((v): [string, string] => [v, g[0] as string]))
  .sort((a, b) => b[0].length - a[0].length);

export function canonicalizeZh(text: string): string {
  let t = text;
  for (const [from, to] of PAIRS) if (t.includes(from)) t = t.split(from).join(to);
  return t;
}
