/** The catalog facts a host states when answering, formatted for chat. Null when the catalog lacks it. */
import type { Product } from '../catalog';

const SYMBOL: Record<string, string> = { USD: '$', CNY: '¥', EUR: '€', GBP: '£', JPY: '¥' };

export function formatPrice(p: Product): string | null {
  if (p.price === undefined) return null;
  const sym = p.currency ? SYMBOL[p.currency] : undefined;
  const amount = Number.isInteger(p.price) ? String(p.price) : p.price.toFixed(2);
  return sym ? `${sym}${amount}` : `${amount}${p.currency ? ` ${p.currency}` : ''}`;
}

export const listOf = (xs: readonly string[], lang: 'en' | 'zh'): string => xs.join(lang === 'zh' ? '、' : ', ');

const sentences = (d: string): string[] => d.split(/(?<=[.!。！；;])\s*/).map((s) => s.trim()).filter(Boolean);
const MATERIAL = /\d+%|cotton|wool|polyester|nylon|spandex|leather|fleece|satin|denim|acrylic|resin|knit|面料|材质|羊毛|棉|绒|丝|皮|珍珠|银/i;
const FIT = /\bfit|true to size|size (up|down)|runs|oversized|relaxed|版型|正码|偏大|偏小|修身|宽松|拍大/i;

/** The description sentence about material, or about fit. */
export function descriptionFact(p: Product, about: 'material' | 'fit'): string | null {
  const re = about === 'material' ? MATERIAL : FIT;
  return sentences(p.description ?? '').find((s) => re.test(s)) ?? null;
}
