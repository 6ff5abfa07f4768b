/**
 * Corpus v1.1 (train/dev only): cue-phrase banks x sentence frames, written by hand after the dev
 * split showed the v1 templates gave too few distinct cue words per intent (Chinese especially).
 * They never feed the frozen test split: generate.ts routes them to train/dev only and drops any
 * line whose text appears in test.jsonl. Written from scratch, not copied from any test template.
 */
import type { Intent } from '../../lib/ml/labels';

/** "<s>|cue" as in the templates; frames wrap cues: {x} is the cue. */
export const CUES_ZH: Record<Intent, string[]> = {
  ask_price: ['价钱多少', '几块钱', '卖多少', '啥价', '多少钱一件', '价格贵吗', '什么价格', '要多少', '打几折', '有折扣吗', '领券多少', '现在多少钱', '原价多少', '活动价多少', '能优惠吗', '有没有券', '秒杀价多少', '两件打折吗', '多少米', '价位多少', '贵不贵', '有满减吗', '几折', '什么价位', '多少一件', '价格怎么样', '要几百', '贵吗', '一套多少', '这价格能再低点吗'],
  ask_spec: ['什么面料', '掉不掉色', '多重', '尺寸多大', '有几个码', '偏小吗', '宽松吗', '透气吗', '怎么洗', '能水洗吗', '含酒精吗', '适合油皮吗', '孕妇能用吗', '多少毫升', '几寸', '有几种颜色', '什么颜色好看', '长度多少', '是纯棉吗', '会缩水吗', '充电多久', '怎么安装', '重不重', '有味道吗', '是正装吗', '保暖吗', '软不软', '厚吗', '薄不薄', '是皮的吗', '什么款式', '有没有弹力', '是几号色', '会不会闷', '好不好洗', '有尺码表吗'],
  ask_stock: ['有现货吗', '还有几件', '补不补货', '缺货吗', '没货了吗', '还能买到吗', '抢完了吗', '有库存吗', '还剩多少', '什么时候有货', '能预订吗', '还会上架吗', '黑色有货吗', '大码还有吗', '还有没有货', '库存还多吗', '还有多少件', '有没有存货', '被抢完了吗', '还能下单吗'],
  ask_shipping: ['多久发货', '几天到', '发货快吗', '能到付吗', '退货包运费吗', '可以退吗', '怎么退货', '保修吗', '坏了包换吗', '物流多久', '发哪个快递', '港澳发吗', '今天能发吗', '有发票吗', '能换货吗', '快递费多少', '运费谁出', '售后电话多少', '海外能寄吗', '发顺丰吗', '退款要多久', '多久能退款', '什么时候寄', '从哪发货', '包运费险吗'],
  purchase: ['扣1', '扣扣扣', '1111', '我要', '已买', '拍下了', '付款了', '下单下单', '已抢', '要了要了', '加一', '+1', '买了', '给我留一个', '我拍了', '链接在哪', '求链接', '快上链接', '开链接', '小黄车', '几号链接', '马上拍', '已付款', '再来一单', '帮我留两件', '要一单', '我也要', '给我来一个', '已加购', '拍一个'],
  complaint: ['太差了', '好差', '不好用', '坑人', '退货', '被骗了', '掉色严重', '一洗就缩水', '做工粗糙', '太失望了', '差评', '收到货就坏了', '客服态度差', '质量不行', '不值这个价', '发错货了', '等了好久', '太慢了', '虚假宣传', '难用死了', '一股怪味', '别买', '垃圾东西', '真垃圾', '太坑了', '差劲', '踩雷了', '失望', '不推荐'],
  praise: ['好好看', '太美了', '好喜欢', '绝绝子', '超值', '好用', '质量真好', '真不错', '太棒了', '超级好看', '爱死了', '好可爱', '好好用', '很舒服', '颜值好高', '性价比高', '一级棒', '好评', '超赞', '真香', '好漂亮', '太可了', '种草', '好看到哭', '好心动', '太爱了', '好绝', '真的绝', '质量杠杠的'],
  greeting: ['大家好呀', '主播晚上好', '来啦', '报到', '嗨嗨', '你好', '家人们好', '我又来了', '下午好', '新人报到', '刚进来', '晚安前来看看', '早安', '哈喽哈喽', '来捧场了', '第一次看', '新来的', '刚刚来', '嗨 大家', '路过打个招呼'],
  other_question: ['主播几岁', '主播是哪里的', '你养的狗叫啥', '抽奖怎么参加', '几点下播', '今天有福袋吗', '主播身高多少', '这首歌叫什么', '你们店在哪', '明天还播吗', '主播结婚了吗', '怎么加粉丝团', '下次抽奖几点', '用的什么手机', '播到几点', '今天播几个小时', '下播了吗', '什么时候抽奖', '主播叫什么'],
  chitchat: ['哈哈哈哈', '笑死我了', '好困', '吃饭中', '上班摸鱼', '下班了', '刚到家', '好热啊', '好冷', '周末愉快', '我在听', '太逗了', '今天好忙', '困死了', '饿了', '嘿嘿', '看直播中', '无聊来看看', '哈哈哈主播好搞笑', '我也想要假期', '主播好搞笑', '好可爱的猫', '今天天气好', '好有趣'],
  spam: ['加我微信', '私信领福利', '兼职刷单', '日赚千元', '点击主页链接', '免费送手机', '加群抢红包', '代刷粉丝', '私聊有惊喜', '扫码领钱', '关注我抽奖', '找我低价', '网赚项目', '加我领券', '看主页赚钱'],
};

export const CUES_EN: Record<Intent, string[]> = {
  ask_price: ['how much', 'whats the price', 'price check', 'how much is it', 'what does it cost', 'how pricey is it', 'any deals', 'is it discounted', 'how much with tax', 'price pls', 'whats the cost', 'how much are these', 'is there a promo', 'how much for one', 'what is the live price', 'any coupon', "what's it priced at", 'how much we talking', 'is it expensive', 'price range?', 'how much after discount'],
  ask_spec: ['what size should i get', 'is it true to size', 'what fabric is it', 'does it stretch', 'how big is it', 'what are the measurements', 'is it heavy', 'does it come in other colors', 'how do i use it', 'is it vegan', 'does it fade', 'can i wash it', 'is it cruelty free', 'how long is it', 'is the material soft', 'does it run big', 'what is it made of', 'battery life?', 'can you show the side', 'what does the back look like', 'is it lined', 'how thick is it', 'is it see through', 'how many pieces in the set'],
  ask_stock: ['is it in stock', 'any more left', 'are they sold out', 'when will you restock', 'do you still have it', 'how many are left', 'is medium available', 'out of stock?', 'can i still get one', 'back in stock when', 'any left in black', 'is there more stock', 'are there any more', 'how many units left', 'is it gone', 'still got some', 'any more in stock'],
  ask_shipping: ['how long to ship', 'do you ship to canada', 'when does it ship', 'whats the shipping fee', 'is shipping free', 'can i return it', 'how do returns work', 'is there a warranty', 'when will mine arrive', 'where is my package', 'do you ship overseas', 'how long for delivery', 'can i get a refund', 'do you offer exchanges', 'who do you ship with', 'what carrier', 'ups or fedex', 'when do orders go out', 'can i change my address'],
  purchase: ['ill take one', 'i want it', 'buying', 'bought', 'ordered', 'just ordered', 'send link', 'link please', 'where is the link', 'need the link', 'claiming', 'sold to me', 'me please', 'i need this', 'add me', 'want', 'checking out now', 'getting two', 'in my cart', 'gimme', 'how can i buy it', 'where do i order', 'how to purchase', 'want to order', 'count me in'],
  complaint: ['this sucks', 'terrible quality', 'mine came damaged', 'still waiting on my order', 'never got my refund', 'worst purchase', 'total ripoff', 'it stopped working', 'wrong item sent', 'so disappointed', 'bad customer service', 'it fell apart', 'colors faded after one wash', 'not as described', 'do not buy this', 'shipping took forever', 'never again', 'not buying again', 'returned it', 'ripped off', 'broke in a week'],
  praise: ['love it', 'so pretty', 'amazing', 'looks great', 'this is awesome', 'so good', 'obsessed', 'gorgeous', 'beautiful', 'super cute', 'great quality', 'worth every penny', 'i love mine', 'you look amazing', 'perfect', 'so nice', 'best purchase ever', 'slay', 'would buy again', 'fire', 'this goes hard', 'so clean', 'it slaps'],
  greeting: ['hello', 'hey', 'hi there', 'good afternoon', 'hey everyone', 'hi friends', 'greetings from florida', 'just got here', 'im here', 'hellooo', 'morning all', 'hey hey', 'good morning', 'hi from {city}', 'hey from {city}', 'whats up everyone'],
  other_question: ['where do you live', 'what is your name', 'when do you go live again', 'how long have you been streaming', 'what mic is that', 'is that your cat', 'what lipstick are you wearing', 'are you on instagram', 'when is the giveaway', 'whats the song name', 'how tall are you', 'what time zone are you in', 'how long are you live for', "what's your dog's name", 'what city is this', 'who made your top'],
  chitchat: ['haha', 'lmaooo', 'so true', 'i agree', 'omg', 'im bored', 'just chilling', 'at work lol', 'so hungry', 'good vibes', 'nice music', 'gonna make dinner', 'cant sleep', 'its so hot here', 'same here', 'kekw', 'lul', 'anyone else from {city}', 'watching from my couch', 'who else is here', 'chat is wild'],
  spam: ['dm me for cheap followers', 'free giftcard link in bio', 'earn money fast', 'visit my channel', 'check out my store', 'crypto giveaway', 'get rich quick', 'follow4follow', 'cheap views here', 'click my profile', 'free stuff on my page', 'dm me to earn'],
};

/** Frames per language: {x} = cue. Questions get extra question frames. */
export const FRAMES_ZH = ['{x}', '主播{x}', '{x}呀', '请问{x}', '{p}{x}', '{n}号{x}', '这个{x}', '{c}的{x}', '{x}{x}', '姐妹们{x}', '{n}号链接{x}', '想问下{x}', '{x}啊主播'];
export const FRAMES_EN = ['{x}', '{x}?', '@host {x}', 'hey {x}', '{x} for the {p}', '#{n} {x}', 'the {c} one {x}', '{x} lol', 'ok {x}', '{x} pls', 'link {n} {x}', 'quick q {x}', '{x} on the {p}'];
/** Frames that make sense only for questions/requests (not for praise/complaint/chitchat). */
export const QUESTION_ONLY = new Set(['请问{x}', '{x}{x}', '{x} pls', '#{n} {x}', '{n}号{x}', '{n}号链接{x}', '想问下{x}', 'link {n} {x}', 'quick q {x}']);

/** Chitchat cues whose sentiment is not neutral. */
export const CHAT_SENTIMENT: Record<string, 'positive' | 'negative'> = {
  好困: 'negative', 好热啊: 'negative', 好冷: 'negative', 今天好忙: 'negative', 困死了: 'negative', 饿了: 'negative',
  笑死我了: 'positive', 太逗了: 'positive', 哈哈哈主播好搞笑: 'positive', 周末愉快: 'positive', 嘿嘿: 'positive', 哈哈哈哈: 'positive',
  "im bored": 'negative', "cant sleep": 'negative', "its so hot here": 'negative', lmaooo: 'positive', 'good vibes': 'positive',
  'nice music': 'positive', kekw: 'positive', lul: 'positive', haha: 'positive',
};
