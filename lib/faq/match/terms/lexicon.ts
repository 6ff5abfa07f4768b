/**
 * The specific-term groups other than places (see types.ts), English and Chinese side by side.
 * General shopping vocabulary written for this purpose, not copied from evaluation lines.
 */
import type { TermClass, TermGroup, Universal } from './types';

const c = (cls: TermClass, rows: string[]): TermGroup[] => rows.map((r) => ({ cls, aliases: r.split('|') }));
const pets = (parent: string[], kinds: string[]): TermGroup[] => [...c('group', parent), ...kinds.map((r) => ({ cls: 'group' as const, aliases: r.split('|'), parents: [parent[0]!.split('|')[0]!] }))];

export const LEXICON: TermGroup[] = [
  ...c('time', [
    'monday|周一|星期一|礼拜一', 'tuesday|周二|星期二|礼拜二', 'wednesday|周三|星期三|礼拜三', 'thursday|周四|星期四|礼拜四',
    'friday|周五|星期五|礼拜五', 'saturday|周六|星期六|礼拜六', 'sunday|周日|周天|星期日|星期天|礼拜天|礼拜日',
    'weekend|周末|双休', 'holiday|节假日|假期|放假|法定节假日', 'christmas|xmas|圣诞', 'thanksgiving|感恩节', 'black friday|黑五',
    "new year|new year's|元旦", 'easter|复活节', "valentine|valentine's|情人节", "mother's day|母亲节", '春节|大年三十|除夕', '国庆|十一假期', '双十一|双11', '618',
    'tomorrow|明天|明儿', 'day after tomorrow|后天', 'tonight|今晚', 'night|at night|夜间|晚上用', 'midnight|凌晨', 'morning|上午|早上', 'afternoon|下午', 'evening|傍晚',
    'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september|sept', 'october', 'november', 'december',
  ]),
  ...c('carrier', ['ups', 'fedex', 'usps', 'dhl', 'royal mail', 'canada post', 'australia post|auspost', 'evri|hermes', 'dpd', 'ontrac',
    '顺丰|sf express', '中通', '圆通', '韵达', '申通', '京东快递|京东物流|京东', '邮政|ems|中国邮政', '极兔', '德邦', '百世']),
  ...c('payment', ['paypal', 'venmo', 'zelle', 'cash app|cashapp', 'apple pay', 'google pay', 'shop pay', 'amazon pay', 'klarna', 'afterpay', 'affirm',
    'sezzle', 'bitcoin|btc|crypto|cryptocurrency|ethereum|usdt', 'card|credit card|debit card|visa|mastercard|amex|american express|信用卡|银行卡',
    'cash|现金', 'cheque|支票', 'bank transfer|wire transfer|转账|对公', 'gift card|礼品卡', 'store credit',
    'installment|installments|payment plan|分期|月付', 'cash on delivery|cod|货到付款|到付', '花呗', '白条', '先用后付', '微信支付|微信', '支付宝']),
  ...c('shipping', ['express|expedited|rush|加急|特快', 'overnight|next day|next-day|次日达|隔日达', 'same day|same-day|当日达|当天达', 'two day|2-day|2 day',
    'priority', 'pickup|pick up|local pickup|自提|上门自取', 'tracking|tracking number|单号|物流单号', 'signature|签收人', 'po box|p.o. box',
    'insurance|保价', 'return shipping|return label|prepaid label|prepaid return|退货运费|寄回运费|运费险|退货险', 'gift wrap|gift wrapping|礼品包装', 'drop shipping|dropshipping|一件代发', 'wholesale|批发']),
  ...c('group', ['kid|kids|child|children|小孩|儿童|小朋友|孩子|童装|童款', 'toddler|幼儿', 'baby|babies|infant|newborn|婴儿|新生儿', 'teen|teenager|青少年',
    "men|mens|men's|男生|男士|男款|男的", 'elderly|senior|seniors|老人|老年人', 'student|students|学生', 'teacher|teachers|教师',
    'military|veteran|veterans|军人', 'nurse|nurses|护士', 'member|members|membership|会员', 'new customer|first order|新人|新客|首单',
    'pregnancy|pregnant|expecting|maternity|孕妇|孕期|怀孕', 'breastfeeding|nursing|哺乳|哺乳期|喂奶',
    'horse|horses']),
  // Pets: an entry that says "your pet" covers a question about a cat or a dog.
  ...pets(['pet|pets|宠物|毛孩子'], ['cat|cats|kitten|kittens|猫|猫咪', 'dog|dogs|puppy|puppies|pup|狗|狗狗|幼犬', 'rabbit|rabbits|bunny|兔子', 'bird|birds|鸟', 'hamster|仓鼠']),
  // What a thing is made of: "is it wool?" against an entry that says "cotton and polyester" is unstated.
  ...c('property', ['wool|woolen|woollen|羊毛', 'cashmere|羊绒', 'silk|silky|真丝|蚕丝', 'linen|亚麻', 'leather|真皮|皮革', '羽绒|down filled|down-filled|goose down',
    'bamboo|竹纤维', 'nylon|尼龙', 'acrylic|腈纶', 'stainless steel|不锈钢', 'cast iron|铸铁', 'ceramic|陶瓷', 'glass|玻璃', 'wood|wooden|实木|木质']),
  // Seasons: a winter quilt's entry does not say whether it suits summer.
  ...c('time', ['summer|夏天|夏季', 'winter|冬天|冬季|冬被', 'spring|春天|春季', 'autumn|秋天|秋季']),
  // What caused a fault: a warranty "covering defects" does not state drops or water damage.
  ...c('condition', ['drop|dropped|drops|dropping|摔|摔坏|摔了|跌落', 'water damage|water damaged|got wet|进水|泡水', 'accident|accidental|意外', 'wear and tear|磨损', 'misuse|人为损坏|人为']),
  ...c('property', ['vegan|素食', 'vegetarian', 'organic|有机', 'halal|清真', 'kosher', 'gluten|gluten-free|gluten free|麸质', 'dairy|lactose|乳糖', 'nut-free|peanut|坚果过敏',
    'soy|大豆', 'allergen|allergens|过敏原', 'bpa|bpa-free', 'lead-free|lead free|含铅', 'latex|乳胶', 'paraben|parabens|防腐剂|尼泊金', 'sulfate|sulfates|硫酸盐',
    'silicone|硅油', 'alcohol|酒精', 'recyclable|recycled|recycling|可回收|环保', 'biodegradable|compostable|可降解', 'reef safe|reef-safe|珊瑚',
    'waterproof|water resistant|water-resistant|防水', 'sweatproof|防汗', 'dishwasher|洗碗机', 'microwave|微波炉', 'oven|烤箱', 'freezer|冷冻', 'fridge|refrigerate|冰箱|冷藏',
    'iron|ironing|熨|熨烫', 'bleach|漂白', 'dry clean|dry-clean|干洗', 'dryer|tumble dry|烘干', 'steam|蒸汽',
    'hypoallergenic|低敏', 'non-comedogenic|不致痘', 'certified|certification|认证', 'fda|ce mark|ul listed|3c', 'patent|专利', 'handmade|手工', 'made in|产地|哪里产|哪产的|国产|进口',
    'factory|manufacturer|厂家|工厂|哪个厂', 'custom|customize|personalized|engraving|定制|刻字|logo', 'lining|lined|里衬|内衬|加绒', 'travel size|mini size|旅行装|小样装',
    'freeze-dried|冻干', 'warranty card|保修卡', 'chinese label|中文标签', 'refill|补充装|替换装', 'stack|stackable|stacking|combine|combined|叠加|一起用|同时用|同享', 'plus size|plus-size|extended sizes|加大码|大码|特大码', '小号|小码款', '中号', '大号|加大号|特大号', '迷你款|迷你', 'battery|电池', 'charger|充电器', 'plug|插头']),
  ...c('ingredient', ['retinol|retinoid|retinoids|视黄醇|a醇', 'niacinamide|烟酰胺', 'hyaluronic|玻尿酸|透明质酸', 'salicylic|水杨酸', 'glycolic|aha|bha|果酸', 'vitamin c|vc|维c|维生素c',
    'vitamin e|维e', 'peptide|peptides|多肽', 'collagen|胶原蛋白', 'ceramide|ceramides|神经酰胺', 'caffeine|咖啡因', 'zinc|氧化锌', 'mineral sunscreen|物理防晒',
    'msg|味精', 'preservative|preservatives|添加剂', 'nicotine|尼古丁', 'cbd', 'melatonin|褪黑素', 'probiotic|probiotics|益生菌']),
  ...c('condition', ['acne|breakout-prone|痘痘|粉刺', 'rosacea|玫瑰痤疮', 'eczema|湿疹', 'psoriasis|银屑病', 'melasma|dark spots|hyperpigmentation|色斑|黄褐斑',
    'wrinkle|wrinkles|fine lines|皱纹|细纹', 'expired|past the date|out of date|过期|保质期过了|过了保质期', 'diabetes|diabetic|糖尿病|血糖', 'arthritis|关节炎', 'allergy|allergies|allergic|过敏体质', 'hair loss|脱发']),
  ...c('body', ['eye|eyes|eye area|眼周|眼睛|眼部', 'lip|lips|嘴唇|唇部', 'scalp|头皮', 'hair|头发', 'neck|脖子|颈部', '手部', 'foot|feet|脚', 'nail|nails|指甲']),
  ...c('flavour', ['orange|橙子|橙味', 'lemon|柠檬', 'vanilla|香草', 'lavender|薰衣草', 'rose scent|玫瑰味', 'mint|薄荷', 'coconut|椰子', 'chocolate|巧克力', 'strawberry|草莓',
    'cherry|樱桃', 'caramel|焦糖', 'cinnamon|肉桂', 'matcha|抹茶', '麻辣', '五香', '蒜香', '孜然', '奶油', '芥末', '酸辣']),
  ...c('channel', ['instagram|ig|insta', 'facebook|fb', 'tiktok|抖音', 'youtube', 'twitch', 'kuaishou|快手', 'xiaohongshu|小红书', 'taobao|淘宝|天猫', 'amazon|亚马逊', 'etsy', 'ebay',
    'walmart', 'target', 'costco', 'in store|in-store|retail store|physical store|store near|stores near|实体店|门店|线下|专柜店', 'app|小程序']),
  ...c('unit', ['cm|centimeter|centimeters|厘米|公分', 'mm|millimeter', 'inch|inches', 'kg|kilogram|kilograms|公斤|千克', 'lb|lbs|pound|pounds', 'ml|毫升', 'oz|ounce|ounces', 'liter|litre|liters|litres']),
  ...c('document', ['invoice|receipt|发票|收据', '专票|增值税专用发票|专用发票', '普票|普通发票', 'size chart|尺码表', 'certificate|证书', 'manual|说明书']),
];

/** Entry words that cover every term of a class. */
export const UNIVERSAL: Universal = {
  place: ['worldwide', 'anywhere', 'all countries', 'every country', 'everywhere', 'globally', '全球', '全世界'],
  time: ['every day', 'daily', '7 days a week', 'any day', '每天', '天天', '全年无休'],
  payment: ['all major', 'any payment', '所有支付', '各种支付'],
};
