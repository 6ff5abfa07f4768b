/**
 * What a question asks about (its attribute slot), from cue words in English and Chinese. Grouping
 * keeps different attributes apart ("does the hoodie come in black" vs "what sizes does the hoodie
 * have"), and the reply drafts pick the catalog field or FAQ topic from it. Cue lists are written
 * from general shopping vocabulary, not from the evaluation sets.
 */
import { typoRepairer, wordsOf } from './typos';

export const ATTRIBUTES = [
  'price',
  'discount',
  'quantity',
  'size',
  'fit',
  'colour',
  'stock',
  'restock',
  'material',
  'care',
  'dimensions',
  'usage',
  'suitability',
  'compat',
  'authenticity',
  'flavour',
  'noise',
  'battery',
  'power',
  'efficacy',
  'longevity',
  'included',
  'expiry',
  'freshness',
  'shipping_cost',
  'shipping_time',
  'shipping_dest',
  'returns',
  'payment',
  'warranty',
  'other',
] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

/**
 * Seller-wide policies: the answer does not depend on the product, so grouping ignores the product
 * slot for them ("can I return it" during #2 and during #5 ask the same thing).
 */
export const POLICY_ATTRIBUTES: ReadonlySet<Attribute> = new Set(['shipping_cost', 'shipping_dest', 'shipping_time', 'returns', 'payment', 'warranty']);

/** Cues per attribute; the first attribute in PRIORITY order with a matching cue wins. */
const CUES: Record<Exclude<Attribute, 'other'>, { en: RegExp; zh: RegExp }> = {
  shipping_cost: {
    en: /\b(free (shipping|delivery)|ship(ping)? (is )?free|pay (for )?shipping|shipping included|shipping (cost|fee|charge|price)s?|how much (is|for|to) (the )?(shipping|delivery|ship)|(cost|charge|pay) (for|to) (ship|deliver)|postage|delivery (fee|charge|cost)s?)\b/,
    zh: /包邮|运费|邮费|快递费|免运|配送费|邮资/,
  },
  shipping_dest: {
    en: /\b(ship|deliver|send)(s|ping)? (to|in|outside|overseas|abroad|internationally)\b|\binternational(ly)? (shipping|delivery|orders?)\b|\b(ship|deliver)(s|ping)? (overseas|abroad|worldwide)\b|\bwhere do you ship\b|\bwhat countries\b|\border from (canada|the uk|uk|london|europe|australia|abroad|overseas)\b/,
    zh: /寄到|发到|能寄|能发(新疆|西藏|海外|国外|香港|台湾|澳门|偏远)|顺丰|中通|圆通|韵达|申通|京东快递|邮政|偏远|新疆|西藏|港澳台|香港|台湾|澳门|海外|国外|境外|哪里发货|从哪发|从哪里发|发货地|发什么快递|什么快递|哪家快递/,
  },
  shipping_time: {
    en: /\b(when (will|does|do|would|can) (it|i|my|this|they|you|the order|orders?)[a-z ]{0,20}(ship\w*|arriv\w*|get here|be delivered|deliver\w*|receiv\w*|get it|send\w*)|how (long|soon|fast|quick)[a-z ]{0,30}(ship\w*|arriv\w*|deliver\w*|take|takes|get (it|here))|shipping time|delivery time|how many days (to|for|until|till) (ship|arriv|deliver|get)\w*|ships? (out )?(in|within|today|tomorrow)|ship (out )?when|arrive (by|before)|(get|receive) it (by|before)|get to me|reach me|get here|when does it come|when will it come|ship(ping)? fast|fast shipping|shipping speed|how fast (do|does|will) (you|it) ship|dispatch|eta|processing time|tracking)\b/,
    zh: /几天到|多久到|多久能到|什么时候到|啥时候到|啥时候发|时候能到|多久.{0,3}ship|多久能收|几天能到|多长时间到|多久发|什么时候发|几天发|发货|当天发|今天发|今天能发|明天发|明天能发|能发吗|时效|物流|多久能收到|快递多久|快递几天|几天收到|到货/,
  },
  returns: {
    en: /\b(return|returns|returnable|refund|refunds|refundable|exchange|exchanges|send (it )?back|money back)\b/,
    zh: /退货|退换|能退|可以退|退款|换货|能换|可以换|无理由|七天|7天|退吗|包退|包换|退换货/,
  },
  payment: {
    en: /\b(pay|payment|paypal|credit card|debit card|apple pay|google pay|venmo|cash ?app|klarna|afterpay|installments?|pay later|cash on delivery|cod)\b/,
    zh: /付款|支付|花呗|分期|信用卡|货到付款|微信支付|支付宝|先用后付|白条|月付/,
  },
  warranty: {
    en: /\b(warranty|warrantee|guarantee|guaranteed|after-?sales?|repair)\b/,
    zh: /保修|质保|售后|包修|保养期|坏了/,
  },
  restock: {
    en: /\b(restock|restocking|re-stock|back in stock|come back|coming back|be back|more coming|get more|will there be more|next drop|pre-?order|preorder)\b/,
    zh: /补货|补吗|什么时候补|返场|还会上|再上|还上吗|上架|预售|预定|还会有|下次还有|什么时候有货/,
  },
  discount: {
    en: /\b(discount|discounts|coupon|coupons|promo|code|codes|sale|deal|deals|bundle|bogo|any off|% off|percent off|cheaper|lower price|freebie|free gift|gift with)\b/,
    zh: /优惠|折扣|打折|便宜|券|满减|赠品|送什么|有送|送不送|送.{0,3}吗|试吃|小样|活动|秒杀|福利价|福利[嘛吗么呢]|有福利|买一送一|减价|包价|福利吗|新人/,
  },
  quantity: {
    en: /\b(how many (pieces|pcs|items|brushes|bags|packs|pods|capsules|sheets|bottles|in (a|the|one|each) (pack|set|box|bag|bundle))|how many (are|come|does it come|do you get) (in|with)|pack of|what'?s in the (set|box|bundle|kit)|per (pack|box|bag))\b/,
    zh: /几颗|几包|几片|几个装|多少包|多少片|多少颗|几支|几瓶|几袋|几件套|一套几|一盒几|一盒多少|一包几|一箱几|几只装/,
  },
  price: {
    en: /\b(how much(?! (stock|inventory|is left|are left|left|do you have left))|hm|what'?s the damage|charging for|going for|go for|price|prices|pricing|priced|cost|costs|costing|how many dollars|\$\s?\d+|expensive|affordable|what'?s it go for|what does it go for)\b/,
    zh: /多少钱|几块|价格|价钱|什么价|啥价|多少米|价位|怎么卖|咋卖|到手价|到手多少|^(?!.*(剩|还有|库存|几|长|宽|高|重|厚|围|直径|深|容量|尺寸|多少(件|个|克|斤|毫升|升|寸|码|天|瓦|包|片|颗)))[^?？]{0,12}多少(呀|啊|呢|哇|嘛|谢谢|麻烦了)?[\s?？!！~。，,]*$|卖多少|多钱|贵不贵|贵吗|多少一|几元|售价|单价/,
  },
  fit: {
    en: /\b(fit|fits|fitting|true to size|tts|run(s)? (small|big|large|true)|runs? (a bit )?(small|big|large)|size up|size down|oversized?|baggy|tight|loose|i'?m \d|my height|(\d\s?'\s?\d{1,2}|\d{3}\s?(lbs?|pounds|kg|cm)) ?(what|which) size|what size (should|do|would) i|which size (should|do|would) i)\b/,
    zh: /偏大|偏小|拍大|拍小|大一码|小一码|大半码|小半码|正码|码数正|码正|标准码|码准|修身|宽松|紧身|身高|体重|\d{2,3}\s?斤|多少斤|穿什么码|穿多大|选什么码|拍什么码|穿几码|选多大|码数标准|合身/,
  },
  size: {
    en: /\b(size|sizes|sizing|xxs|xs|xxl|xxxl|2xl|3xl|plus size|petite|small|medium|large|x-?large)\b/,
    zh: /尺码|码数|什么码|几码|多大码|最[大小].{0,2}码|大码|小码|加大码|[smlSML]码|xl|有码|码子|尺寸/,
  },
  colour: {
    en: /\b(colou?rs?|shades?|black|white|red|blue|navy|green|pink|purple|grey|gray|beige|brown|yellow|orange|cream|ivory|khaki|burgundy|tan|nude|gold|silver|rose|mint|lavender|olive|camel|coral)\b/,
    zh: /颜色|色号|配色|[黑白红蓝绿粉紫灰棕黄橙米杏卡咖金银藏青]色|什么色|几个色|几种色|几色/,
  },
  stock: {
    en: /\b(in stock|stock|left|available|availability|sold out|sell out|sells out|selling out|any more|anymore|still have|still got|have any|got any|how many (are )?left|out of stock|gone)\b/,
    zh: /有货|还有吗|还有没有|现货|库存|没货|卖完|售罄|抢光|剩|还有多少|断货|缺货|有没有货|还能买|还有[吗么嘛呀]|抢到|能抢|抢得到|没了吗|没有了|还有货/,
  },
  care: {
    en: /\b(wash|washable|washing|machine wash|hand wash|dry clean|dryer|tumble|iron|ironing|shrink|shrinks|shrinkage|fade|fades|fading|pill|pilling|clean it|clean them|how (do i|to) clean|care)\b/,
    zh: /机洗|手洗|水洗|能洗|怎么洗|洗了|干洗|缩水|掉色|褪色|起球|熨|烘干|怎么清洗|变形/,
  },
  material: {
    en: /\b(material|materials|fabric|made of|made from|what is it made|cotton|wool|polyester|linen|silk|leather|cashmere|nylon|spandex|steel|ceramic|glass|grain|grains|grain-free|ingredients?|itchy|scratchy|itch|contain|contains|what'?s inside|what'?s in it|alcohol|vegan|organic|stainless|plastic|metal|bpa|sugar|sugar-free|calories|carbs|protein|gluten)\b/,
    zh: /材质|面料|布料|成分|什么料|料子|纯棉|全棉|真丝|羊毛|羊绒|真皮|皮质|涤纶|雪纺|亚麻|莫代尔|冰丝|桑蚕丝|聚酯|纤维|尼龙|含不含|含有|配料|用料|什么做的|酒精|香精|不锈钢|塑料|里面有什么|里面都有|都有什么|有糖|含糖|0糖|无糖|热量|卡路里|脂肪|谷物|无谷|含谷|玻璃|陶瓷|硅胶|什么肉|什么做|扎人|扎不扎|会扎|刺挠|痒不痒/,
  },
  dimensions: {
    en: /\b(how big|how small|how large|how long is|how tall|how wide|how heavy|how thick|thick|thickness|dimension|dimensions|length|inseam|width|height|weight|weigh|weighs|capacity|volume|how many cups|mah|inches|inch|cm|mm|liters?|litres?|ml|oz|measurements?)\b/,
    zh: /多大(?!码)|围多少|多少围|周长|直径|多长|多宽|多高|多重|多厚|厚不厚|重不重|几斤重|几斤一|多少斤|多少克|多少毫升|毫安|容量|尺寸多少|长度|宽度|重量|长到哪|到哪里|裙长|衣长|裤长|几升|多少升|厘米|多少寸/,
  },
  usage: {
    en: /\b(how (do|to|would|should|can) (i |you |we )?(use|apply|wear|set up|install|operate|charge|make|drink|cook|take)|how does it work|instructions|directions|manual|when (do|should) i (use|apply|take)|morning or night|am or pm|before or after|under makeup|under foundation)\b/,
    zh: /怎么用|怎么使用|如何使用|用法|使用方法|怎么喝|怎么冲|怎么泡|怎么吃|怎么做|怎么穿|怎么搭|怎么装|说明书|什么时候用/,
  },
  suitability: {
    en: /\b(suitable for|good for|ok for|okay for|safe for|work for|sensitive skin|sting|stings|burn|burns|irritat\w*|break me out|breakouts?|allergic|allergy|oily skin|dry skin|combination skin|acne|kids|children|toddlers|pregnant|pregnancy|beginners?|vegans?|diabetics?)\b/,
    zh: /适合|适用于|敏感肌|油皮|干皮|混油|混干|黄皮|黑皮|痘痘肌|孕妇|哺乳|小孩|儿童|宝宝能|老人|新手|学生|幼猫|小猫|幼犬|小狗|老年|成猫|成犬|能吃吗|可以吃吗/,
  },
  compat: {
    en: /\b(compatible|compatibility|work with|works with|magsafe|wireless charging|fit (my|an?|the) (iphone|phone|samsung|pixel|ipad|car|macbook|laptop)|for (iphone|samsung|pixel|android)|iphone|android|samsung|pixel|ipad)\b/,
    zh: /兼容|适配|适用|苹果|安卓|华为|小米|iphone|型号|能用吗|通用|磁吸|magsafe|无线充/,
  },
  flavour: {
    en: /\b(flavou?rs?|taste|tastes|tasting|spicy|spice level|sweet|salty|sour|bitter|scent|scents|scented|smell|smells|fragrance|fragranced|perfumed)\b/,
    zh: /口味|味道|辣不辣|辣吗|辣的|微辣|特辣|香辣|原味|甜不甜|甜吗|咸不咸|咸吗|好吃吗|香味|气味|味儿|什么味|\p{Script=Han}味(吗|的|儿)/u,
  },
  noise: {
    en: /\b(loud|noisy|noise|quiet|silent|how loud|decibels?|db)\b/,
    zh: /噪音|声音大|声音小|吵不吵|吵吗|静音|安静|响不响|动静/,
  },
  battery: {
    en: /\b(battery|batteries|battery life|on a charge|run ?time|on a single charge|per charge|how long (will|does) (it|the battery) run)\b/,
    zh: /续航|待机|电池|能用多久|能用多长时间|用多长时间|充一次|充满/,
  },
  power: {
    en: /\b(watts?|wattage|fast charg\w*|charging speed|how fast does it charge|power output|output)\b/,
    zh: /快充|多少瓦|几瓦|功率|充电速度|充电快|瓦数/,
  },
  efficacy: {
    en: /\b((does|will|would|can) (it|this|they|that) (actually |really )?(work|help|stop|fix|reduce|prevent|get rid)|(actually|really) work|effective|results?|notice a difference|see a difference|difference|help with|worth it|any good|fade (dark|spots|scars|hyperpig\w*|acne|marks|lines)|get rid of)\b/,
    zh: /效果|管用|有用吗|有没有用|好不好|好用吗|靠谱吗|值得买|怎么样$/,
  },
  longevity: {
    en: /\b(long[- ]lasting|last all day|lasts? long|how long does (it|the [a-z]+) (last|stay)|transfer[- ]?proof|transfer|smudge|smudge[- ]?proof|wear time|stay on)\b/,
    zh: /持久|持妆|脱妆|沾杯|掉妆|能维持多久|留香|保持多久/,
  },
  included: {
    en: /\b(come with|comes with|included|include|includes|in the box|does it have a (case|bag|box|cover)|is there a (case|bag|box|pouch) (for|with|included))\b/,
    zh: /包含|附带|配有|带不带|配不配|有没有配|自带|送.{0,2}(袋|盒|壳|膜|线)吗|带.{0,4}(袋|盒|包|壳|线)吗/,
  },
  expiry: {
    en: /\b(shelf life|expire|expires|expiry|expiration|best before|use by|stay good|go bad|goes bad|stay fresh|how long (does it|will it|can it|do they|will they) (keep|stay fresh|last unopened))\b/,
    zh: /保质期|能放多久|放多久|能放几|过期|保存多久|能保存/,
  },
  freshness: {
    en: /\b(fresh|freshly|made on|production date|manufactured|batch date|how old is|roasted|roast date|baked)\b/,
    zh: /新鲜|生产日期|日期是|什么时候生产|几月的|哪天生产|新货/,
  },
  authenticity: {
    en: /\b(authentic|genuine|real or fake|is it real|fake|original|legit|counterfeit|replica|knock-?off|official (shop|store|seller|brand|account)|real brand)\b/,
    zh: /正品|真的假的|假货|专柜|正版|原装|高仿|保真|假的吗/,
  },
};

/**
 * Most specific first: "how much is shipping" is shipping_cost, not price; "when is the restock" is
 * restock, not stock; "does it fit my iphone" is compat, not fit; "how big is it" is dimensions,
 * not size; a colour or size named in a stock question ("any black left") makes it a colour/size
 * question with that value, which is what the viewer wants to know.
 */
const PRIORITY: (Exclude<Attribute, 'other'> | 'weighs')[] = [
  'shipping_cost', 'shipping_dest', 'shipping_time', 'warranty', 'returns', 'payment', 'restock', 'discount', 'quantity', 'weighs', 'price',
  'compat', 'battery', 'power', 'fit', 'dimensions', 'size', 'colour', 'stock', 'noise', 'efficacy', 'longevity', 'included', 'expiry', 'freshness', 'care', 'material', 'flavour', 'suitability', 'usage', 'authenticity',
];

// "how much does it weigh / hold" asks a dimension, not the price.
const WEIGHS = /\bhow much (does|do|will|can) (it|they|this|that|the[a-z ]{0,30}) (weigh|hold|carry|fit)\b|\bhow much (water|liquid|coffee|space|room|stuff) /;

// Emoji, platform emotes ("[赞]") and politeness tails say nothing about what is asked.
const NOISE = /\p{Extended_Pictographic}|\uFE0F|\[[^\]]{1,6}\]/gu;
// English words only after a non-letter: "ty" must not strip the end of "warranty" or "quantity".
const POLITE_TAIL = /([\s,，。.!！~]*(谢谢主播|谢谢|谢啦|麻烦了|麻烦|求回复|在线等)|(?<![\p{L}\p{N}])(thanks!?|thank you|thx|ty|pls|plz|please))+[\s,，。.!！?？~]*$/u;

/** The question without emoji, emotes and a trailing "thanks/谢谢/麻烦了". */
export function cleanQuestion(text: string): string {
  const t = text.replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
  const q = t.match(/[?？]+\s*$/)?.[0] ?? '';
  return `${t.replace(/[?？]+\s*$/, '').replace(POLITE_TAIL, '').trim()}${q.trim()}`;
}

/** The attribute a (normalised, lowercased) question asks about; 'other' when no cue matches. */
// Typos are repaired towards the cue words themselves, so a new cue needs no second list.
const repairTypos = typoRepairer(wordsOf(Object.values(CUES).map((c) => c.en.source)));

export function detectAttribute(raw: string): Attribute {
  const text = repairTypos(cleanQuestion(raw));
  for (const a of PRIORITY) {
    if (a === 'weighs') {
      if (WEIGHS.test(text)) return 'dimensions';
      continue;
    }
    const c = CUES[a];
    if (c.en.test(text) || c.zh.test(text)) return a;
  }
  return 'other';
}
