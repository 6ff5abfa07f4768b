/** A small bilingual catalog and FAQ shared by the suggest unit tests. */
import type { FaqEntry, Product } from '../../catalog/types';

export const CATALOG: Product[] = [
  { sku: 'HOOD', number: '2', title: 'Classic Cotton Hoodie', aliases: ['hoodie', '卫衣'], price: 45, currency: 'USD', stock: 12, sizes: ['S', 'M', 'L', 'XL'], colours: ['Black', 'Grey'], tags: [], description: '100% cotton. Relaxed fit. Machine washable at 30°C.' },
  { sku: 'MUG', number: '3', title: 'Travel Mug', aliases: ['mug', '保温杯'], price: 19.5, currency: 'USD', stock: 0, sizes: [], colours: ['White'], tags: [] },
  { sku: 'SCARF', number: '5', title: 'Wool Scarf', aliases: ['scarf', '围巾'], sizes: [], colours: [], tags: [] },
];

export const FAQ: FaqEntry[] = [
  { id: 'ship-time', lang: 'en', questions: ['how long does shipping take', 'when will it arrive'], answers: ['Orders ship within 48 hours; delivery takes 3-5 days.', 'We ship in 2 days, 3-5 days to arrive.'], enabled: true },
  { id: 'ship-time-zh', lang: 'zh', questions: ['几天到', '什么时候发货'], answers: ['48小时内发货，3-5天到。'], enabled: true },
  { id: 'returns-off', lang: 'en', questions: ['can I return it'], answers: ['Returns within 30 days.'], enabled: false },
];
