/**
 * Building blocks for generated catalogs: product kinds in both languages with their categories,
 * price range, variants and description sentences. Written for the simulator.
 */
export interface ItemKind {
  en: string;
  zh: string;
  enAliases: string[];
  zhAliases: string[];
  tags: string[];
  /** Price range in USD; CNY prices are about 7× and rounded the way Chinese shops round. */
  usd: [number, number];
  sizes: 'clothing' | 'waist' | 'shoe' | 'volume' | 'weight' | 'none' | 'one';
  colours: 'fashion' | 'shades' | 'home' | 'tech' | 'none';
  material: [string, string];
  fit?: [string, string];
  care: [string, string];
}

export const ITEM_KINDS: readonly ItemKind[] = [
  { en: 'Ribbed Tank Top', zh: '罗纹背心', enAliases: ['tank', 'tank top'], zhAliases: ['背心', '吊带'], tags: ['tops', 'summer'], usd: [12, 22], sizes: 'clothing', colours: 'fashion', material: ['Stretch rib knit, 95% cotton and 5% spandex.', '面料95%棉、5%氨纶，罗纹弹力。'], fit: ['Slim fit, true to size.', '修身版型，正码。'], care: ['Machine wash cold.', '可机洗，冷水洗涤。'] },
  { en: 'Linen Button Shirt', zh: '亚麻衬衫', enAliases: ['linen shirt', 'shirt'], zhAliases: ['衬衫', '亚麻衬衣'], tags: ['tops', 'summer', 'office'], usd: [28, 45], sizes: 'clothing', colours: 'fashion', material: ['Washed 100% linen, light and breathable.', '100%亚麻，水洗工艺，轻薄透气。'], fit: ['Relaxed fit; size down for a neater look.', '宽松版型，想合身可拍小一码。'], care: ['Machine wash cold, line dry.', '冷水机洗，挂晾。'] },
  { en: 'Cropped Cardigan', zh: '短款开衫', enAliases: ['cardigan', 'cardi'], zhAliases: ['开衫', '针织开衫'], tags: ['tops', 'knitwear', 'autumn'], usd: [30, 52], sizes: 'clothing', colours: 'fashion', material: ['Soft knit, 55% cotton and 45% acrylic.', '面料55%棉、45%腈纶，软糯针织。'], fit: ['Cropped, slightly boxy fit.', '短款微宽松版型。'], care: ['Hand wash, dry flat.', '手洗，平铺晾干。'] },
  { en: 'Graphic Tee', zh: '印花T恤', enAliases: ['tee', 'graphic t'], zhAliases: ['T恤', '短袖'], tags: ['tops', 'basics', 'summer'], usd: [15, 26], sizes: 'clothing', colours: 'fashion', material: ['Midweight 100% cotton jersey with a screen print.', '100%纯棉，丝网印花。'], fit: ['Regular fit, true to size.', '常规版型，正码。'], care: ['Wash inside out, do not iron the print.', '反面洗涤，印花处勿熨烫。'] },
  { en: 'Puffer Vest', zh: '羽绒马甲', enAliases: ['vest', 'puffer'], zhAliases: ['马甲', '羽绒背心'], tags: ['outerwear', 'winter'], usd: [45, 79], sizes: 'clothing', colours: 'fashion', material: ['Water-resistant nylon shell with recycled polyester fill.', '防泼水尼龙面料，再生聚酯纤维填充。'], fit: ['Roomy fit for layering.', '宽松版型，方便内搭。'], care: ['Machine wash cold on gentle.', '轻柔模式冷水机洗。'] },
  { en: 'Wide-Leg Trousers', zh: '阔腿西裤', enAliases: ['trousers', 'wide leg pants', 'pants'], zhAliases: ['阔腿裤', '西裤'], tags: ['bottoms', 'office'], usd: [32, 55], sizes: 'clothing', colours: 'fashion', material: ['Drapey twill, 68% polyester, 28% viscose, 4% spandex.', '面料68%聚酯纤维、28%粘纤、4%氨纶，垂感好。'], fit: ['High waist, full-length wide leg; runs slightly long.', '高腰阔腿，裤长偏长。'], care: ['Machine wash cold, hang dry.', '冷水机洗，挂干。'] },
  { en: 'Cargo Pants', zh: '工装裤', enAliases: ['cargos', 'cargo'], zhAliases: ['工装裤', '口袋裤'], tags: ['bottoms', 'streetwear'], usd: [35, 58], sizes: 'clothing', colours: 'fashion', material: ['Cotton ripstop, 100% cotton.', '100%棉格纹防撕面料。'], fit: ['Loose fit with adjustable cuffs.', '宽松版型，裤脚可调。'], care: ['Machine wash cold.', '冷水机洗。'] },
  { en: 'Pleated Midi Skirt', zh: '百褶半身裙', enAliases: ['skirt', 'pleated skirt'], zhAliases: ['半身裙', '百褶裙'], tags: ['bottoms', 'spring'], usd: [26, 44], sizes: 'clothing', colours: 'fashion', material: ['Satin-finish polyester that holds its pleats.', '缎面聚酯纤维，褶皱不易变形。'], fit: ['Elastic waist, midi length.', '松紧腰，中长款。'], care: ['Hand wash cold, low iron.', '冷水手洗，低温熨烫。'] },
  { en: 'Denim Shorts', zh: '牛仔短裤', enAliases: ['shorts', 'jorts'], zhAliases: ['短裤', '牛仔短裤'], tags: ['bottoms', 'denim', 'summer'], usd: [22, 38], sizes: 'waist', colours: 'none', material: ['Rigid 100% cotton denim.', '100%棉硬挺牛仔布。'], fit: ['High rise, relaxed leg; fits true to size.', '高腰直筒，正码。'], care: ['Wash cold inside out.', '翻面冷水洗。'] },
  { en: 'Chelsea Boots', zh: '切尔西短靴', enAliases: ['boots', 'chelsea'], zhAliases: ['短靴', '靴子'], tags: ['shoes', 'autumn'], usd: [55, 95], sizes: 'shoe', colours: 'fashion', material: ['Faux leather upper, rubber lug sole.', '鞋面人造皮革，橡胶厚底。'], fit: ['Runs half a size big.', '偏大半码。'], care: ['Wipe clean.', '湿布擦拭即可。'] },
  { en: 'Lip Tint', zh: '唇釉', enAliases: ['lip tint', 'tint', 'lippie'], zhAliases: ['唇釉', '口红'], tags: ['beauty', 'makeup'], usd: [9, 18], sizes: 'none', colours: 'shades', material: ['Water-light gel tint with hyaluronic acid.', '水感啫喱质地，含玻尿酸。'], care: ['Keep the cap closed; use within 12 months of opening.', '用后盖紧，开封后12个月内用完。'] },
  { en: 'Vitamin C Serum', zh: '维C精华', enAliases: ['serum', 'vit c'], zhAliases: ['精华', '精华液'], tags: ['beauty', 'skincare'], usd: [18, 34], sizes: 'volume', colours: 'none', material: ['10% vitamin C with ferulic acid, fragrance free.', '含10%维C和阿魏酸，无香精。'], care: ['Store away from sunlight.', '避光保存。'] },
  { en: 'Sheet Mask Set', zh: '面膜套装', enAliases: ['sheet masks', 'masks'], zhAliases: ['面膜'], tags: ['beauty', 'skincare', 'gifts'], usd: [12, 24], sizes: 'none', colours: 'none', material: ['Ten soft cotton sheets soaked in a ceramide essence.', '十片棉质面膜，含神经酰胺精华。'], care: ['Single use; keep in a cool place.', '一次性使用，阴凉处保存。'] },
  { en: 'Setting Spray', zh: '定妆喷雾', enAliases: ['setting spray', 'spray'], zhAliases: ['定妆喷雾', '喷雾'], tags: ['beauty', 'makeup'], usd: [14, 26], sizes: 'volume', colours: 'none', material: ['Fine alcohol-free mist that keeps makeup for up to 12 hours.', '无酒精细腻喷雾，持妆长达12小时。'], care: ['Shake before use.', '使用前摇匀。'] },
  { en: 'Ceramic Mug', zh: '陶瓷马克杯', enAliases: ['mug', 'cup'], zhAliases: ['马克杯', '杯子'], tags: ['home', 'kitchen', 'gifts'], usd: [12, 22], sizes: 'none', colours: 'home', material: ['Stoneware ceramic, 350 ml, dishwasher safe.', '炻瓷材质，容量350毫升，可洗碗机清洗。'], care: ['Microwave safe.', '可微波炉加热。'] },
  { en: 'Knit Throw Blanket', zh: '针织盖毯', enAliases: ['blanket', 'throw'], zhAliases: ['毯子', '盖毯'], tags: ['home', 'winter', 'gifts'], usd: [28, 49], sizes: 'none', colours: 'home', material: ['Chunky knit acrylic, 130 by 160 cm.', '腈纶粗针织，尺寸130×160厘米。'], care: ['Machine wash cold in a laundry bag.', '装洗衣袋冷水机洗。'] },
  { en: 'Soy Candle', zh: '香薰蜡烛', enAliases: ['candle', 'scented candle'], zhAliases: ['蜡烛', '香薰'], tags: ['home', 'gifts'], usd: [16, 30], sizes: 'weight', colours: 'none', material: ['Soy wax with a cotton wick, about 40 hours of burn.', '大豆蜡配棉芯，可燃约40小时。'], care: ['Trim the wick before each use.', '每次点燃前修剪烛芯。'] },
  { en: 'Storage Basket', zh: '收纳篮', enAliases: ['basket', 'storage'], zhAliases: ['收纳篮', '收纳筐'], tags: ['home', 'organizing'], usd: [14, 28], sizes: 'none', colours: 'home', material: ['Woven seagrass with cotton handles.', '海草编织，棉质提手。'], care: ['Brush off dust; keep dry.', '用刷子除尘，保持干燥。'] },
  { en: 'Dried Mango Slices', zh: '芒果干', enAliases: ['mango', 'dried mango'], zhAliases: ['芒果干', '果干'], tags: ['snacks', 'food'], usd: [6, 12], sizes: 'weight', colours: 'none', material: ['Sun-dried mango with no added sugar.', '自然晾晒芒果，无添加糖。'], care: ['Reseal after opening; best within 30 days.', '开封后密封，30天内食用最佳。'] },
  { en: 'Milk Tea Mix', zh: '奶茶粉', enAliases: ['milk tea', 'bubble tea mix'], zhAliases: ['奶茶', '奶茶粉'], tags: ['snacks', 'drinks', 'food'], usd: [8, 15], sizes: 'weight', colours: 'none', material: ['Black tea, milk powder and brown sugar, 20 sachets.', '红茶、奶粉和红糖，20小包。'], care: ['Store in a dry place.', '干燥处存放。'] },
  { en: 'Roasted Nut Mix', zh: '每日坚果', enAliases: ['nuts', 'trail mix'], zhAliases: ['坚果', '每日坚果'], tags: ['snacks', 'food', 'gifts'], usd: [10, 20], sizes: 'weight', colours: 'none', material: ['Almonds, cashews, walnuts and cranberries, lightly roasted.', '巴旦木、腰果、核桃和蔓越莓，低温烘焙。'], care: ['Keep sealed and cool.', '密封阴凉保存。'] },
  { en: 'Phone Case', zh: '手机壳', enAliases: ['case', 'phone case'], zhAliases: ['手机壳', '壳'], tags: ['accessories', 'tech'], usd: [12, 24], sizes: 'none', colours: 'tech', material: ['Shock-absorbing TPU with raised edges.', '防摔TPU材质，镜头加高保护。'], care: ['Wipe with a damp cloth.', '用湿布擦拭。'] },
  { en: 'Wireless Earbuds', zh: '无线耳机', enAliases: ['earbuds', 'buds', 'headphones'], zhAliases: ['耳机', '蓝牙耳机'], tags: ['tech', 'gifts'], usd: [25, 49], sizes: 'none', colours: 'tech', material: ['Bluetooth 5.3, 6 hours per charge, 24 with the case.', '蓝牙5.3，单次续航6小时，配合充电仓24小时。'], care: ['Keep away from water; IPX4 splash resistant.', 'IPX4防溅水，避免浸水。'] },
  { en: 'Phone Tripod', zh: '手机三脚架', enAliases: ['tripod', 'stand'], zhAliases: ['三脚架', '支架'], tags: ['tech', 'creator'], usd: [15, 29], sizes: 'none', colours: 'tech', material: ['Aluminium legs extending to 1.5 m, Bluetooth remote included.', '铝合金脚架，最高1.5米，附蓝牙遥控。'], care: ['Fold the legs before carrying.', '携带前收起脚架。'] },
  { en: 'Power Bank', zh: '充电宝', enAliases: ['power bank', 'charger'], zhAliases: ['充电宝', '移动电源'], tags: ['tech', 'travel'], usd: [18, 35], sizes: 'none', colours: 'tech', material: ['10,000 mAh with USB-C fast charging.', '10000毫安，支持USB-C快充。'], care: ['Do not leave in a hot car.', '勿放在高温车内。'] },
  { en: 'Silk Scrunchie Set', zh: '真丝发圈套装', enAliases: ['scrunchies', 'hair ties'], zhAliases: ['发圈', '头绳'], tags: ['accessories', 'hair', 'gifts'], usd: [10, 19], sizes: 'none', colours: 'fashion', material: ['Five mulberry silk scrunchies.', '五个桑蚕丝发圈。'], care: ['Hand wash cold.', '冷水手洗。'] },
  { en: 'Canvas Tote Bag', zh: '帆布托特包', enAliases: ['tote', 'canvas bag', 'bag'], zhAliases: ['帆布包', '托特包'], tags: ['accessories', 'bags'], usd: [16, 30], sizes: 'none', colours: 'fashion', material: ['Heavy 16 oz cotton canvas with an inner pocket.', '16盎司加厚棉帆布，带内袋。'], care: ['Spot clean.', '局部清洁。'] },
  { en: 'Cat-Eye Sunglasses', zh: '猫眼墨镜', enAliases: ['sunglasses', 'shades', 'sunnies'], zhAliases: ['墨镜', '太阳镜'], tags: ['accessories', 'summer'], usd: [14, 28], sizes: 'none', colours: 'fashion', material: ['Acetate-look frame with UV400 lenses.', '板材质感镜框，UV400镜片。'], care: ['Clean with the microfibre pouch.', '用附送的眼镜布擦拭。'] },
  { en: 'Yoga Mat', zh: '瑜伽垫', enAliases: ['mat', 'yoga mat'], zhAliases: ['瑜伽垫', '垫子'], tags: ['activewear', 'fitness'], usd: [25, 45], sizes: 'none', colours: 'home', material: ['6 mm non-slip TPE, 183 by 61 cm.', '6毫米防滑TPE，尺寸183×61厘米。'], care: ['Wipe after use, roll to store.', '用后擦拭，卷起收纳。'] },
  { en: 'Running Socks 5-Pack', zh: '运动袜五双装', enAliases: ['socks', 'running socks'], zhAliases: ['袜子', '运动袜'], tags: ['activewear', 'basics'], usd: [10, 18], sizes: 'one', colours: 'none', material: ['Cushioned 80% cotton, 18% nylon, 2% spandex.', '加厚毛圈，80%棉、18%锦纶、2%氨纶。'], care: ['Machine wash.', '可机洗。'] },
];

export const VARIANTS = {
  clothing: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
  waist: ['24', '25', '26', '27', '28', '29', '30', '31', '32'],
  shoe: ['35', '36', '37', '38', '39', '40', '41'],
  volume: ['15ml', '30ml', '50ml'],
  weight: ['250g', '500g', '1kg'],
  one: ['One Size'],
};

export const COLOURS: Record<Exclude<ItemKind['colours'], 'none'>, { en: string[]; zh: string[] }> = {
  fashion: { en: ['black', 'white', 'cream', 'navy', 'sage', 'dusty pink', 'brown', 'grey'], zh: ['黑色', '白色', '奶油白', '藏青', '鼠尾草绿', '烟粉', '咖色', '灰色'] },
  shades: { en: ['rose', 'coral', 'berry', 'nude', 'cherry'], zh: ['玫瑰色', '珊瑚色', '莓果色', '裸色', '樱桃红'] },
  home: { en: ['oat', 'terracotta', 'sage', 'charcoal', 'ivory'], zh: ['燕麦色', '陶土色', '鼠尾草绿', '炭灰', '象牙白'] },
  tech: { en: ['black', 'white', 'lilac', 'mint', 'clear'], zh: ['黑色', '白色', '香芋紫', '薄荷绿', '透明'] },
};
