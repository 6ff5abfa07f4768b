/**
 * Hand-written for this project (not from any dataset): Chinese review and chat words the three
 * research lexicons miss or score wrongly for shopping text, on BosonNLP's scale (about -4..4).
 * An entry here replaces every lexicon value of that word (Boson, HowNet and DUTIR) — e.g. HowNet
 * has 贵 as positive ("noble"), BosonNLP scores 请问 and 亲 as polar (questions are neutral here).
 */
export const EXTRA_SENTIMENT: Record<string, number> = {
  // positive
  好用: 3, 超值: 3, 物美价廉: 3, 性价比高: 3, 回购: 2.5, 无限回购: 4, 安利: 2, 种草: 2, 五星: 3,
  满分: 3, 绝绝子: 4, 绝了: 3, 爱了: 3, 真香: 3, 给力: 3, 靠谱: 3, 牛逼: 3, 点赞: 3, 神速: 3,
  好评: 3, 舒服: 2.5, 很快: 2, 及时: 2, 惊艳: 3, 值得: 2.5, 不亏: 2.5, 划算: 3, 实惠: 3, 笑死: 2,
  嘿嘿: 2, 嘻嘻: 2, 哈哈: 3, 挺好: 3, 贴心: 3, 耐心: 2, 专业: 2, 宝藏: 3, 入股不亏: 3, 冲: 1.5,
  // "好好吃" would otherwise split into 好好 ("properly") + 吃
  好好吃: 3, 好好看: 3, 好好用: 3, 好喜欢: 3,
  // negative
  难用: -3, 差评: -3, 假货: -4, 坑爹: -3, 踩雷: -3, 踩坑: -3, 拉胯: -3, 翻车: -3, 智商税: -3,
  退款: -1.5, 掉色: -3, 起球: -3, 开线: -3, 异味: -3, 色差: -2, 发霉: -3, 变质: -3, 不值: -3,
  慢: -2, 太慢: -3, 心累: -2, 无语: -3, 呵呵: -1.5, 醉了: -2, 服了: -2, 离谱: -3, 糟心: -3,
  闹心: -2, 坑人: -3, 骗人: -3, 忽悠: -3, 虚假宣传: -4, 货不对板: -4, 一般般: -1, 凑合: -0.5,
  马马虎虎: -0.5, 贵: -2, 太贵: -3, 失望: -3, 后悔: -3, 垃圾: -3, 敷衍: -3, 卡顿: -3, 漏液: -3,
  // neutral in shopping chat whatever the lexicons say
  请问: 0, 亲: 0, 问题: 0, 发货: 0, 快递: 0, 客服: 0, 质量: 0, 一般: 0, 还行: 0.5,
};

/**
 * Negators: BosonNLP's and HowNet's lists without verbs that are not syntactic negation (放弃, 拒绝,
 * 缺少…) and without 不好 (a sentiment word itself), plus colloquial forms.
 */
export const NEGATOR_DROP = new Set(['聊', '放下', '扼杀', '终止', '停止', '放弃', '反对', '缺乏', '缺少', '禁止', '拒绝', '杜绝', '忌', '反', '不好', '难以', '休', '弗', '非']);
export const NEGATOR_EXTRA = ['没啥', '不咋', '并不', '并没有', '一点也不', '一点都不', '不太', '不算', '没那么', '不够', '别再', '没什么', '不怎么', '木有', '没得'];

/** Degree weights for BosonNLP's levels (10 / 5 / 3 / 1) and HowNet's (extreme / very / more / ish). */
export const BOSON_DEGREE: Record<number, number> = { 10: 2, 5: 1.5, 3: 0.8, 1: 0.5 };
export const HOWNET_DEGREE = { extreme: 2, very: 1.5, more: 1.25, ish: 0.7 } as const;
/** Degree words that in chat are mostly something else (不过 = but, 还 = still, 老 = old, 绝 = 绝了…). */
export const DEGREE_DROP = new Set(['不过', '还', '多', '老', '强', '这样', '那样', '那么', '这般', '那般', '怪', '些', '一些', '一点', '一点儿', '点点滴滴', '足', '尽', '满', '奇', '酷', '死', '痛', '绝', '聊', '微', '弱', '半点', '丝毫', '惨', '益', '较', '越', '好生', '未免',
  // single characters and technical words HowNet lists as degree but chat uses otherwise (好看, 可以, 特价, 过期…)
  '好', '可', '坏', '偏', '特', '过', '远', '苦', '沉', '浮', '溢', '良', '碜', '万', '曷', '郅', '綦', '透', '出头', '开外', '超外差',
  '超微结构', '超物质', '佼佼', '不堪', '不少', '不胜', '好不']);
export const DEGREE_EXTRA: Record<string, number> = { 超: 2, 超级: 2, 巨: 2, 贼: 2, 特别: 1.5, 太: 1.5, 最: 2, 很: 1.5, 挺: 0.8, 蛮: 0.8, 忒: 1.5, 真的: 1.25 };

export const CONTRAST = ['但', '但是', '可是', '不过', '然而', '只是', '可惜', '却', '偏偏', '就是有点'];
