/** Chinese templates, Douyin / Taobao live style: 扣1, 几号链接, 亲, 宝宝. */
import type { Bank } from './bank';

export const ZH: Bank = {
  questions: {
    price: {
      here: ['这个多少钱', '多少钱', '这件多少', '价格多少', '这款什么价', '主播身上这件多少钱', '多钱', '现在什么价', '今天直播间多少钱', '这个啥价', '多少米'],
      named: ['{ref}多少钱', '{ref}什么价格', '{ref}多少', '{ref}价格呢', '请问{ref}多少钱', '{ref}现在多少钱'],
    },
    size: {
      here: ['有{size}码吗', '这件有几个码', '有{size}吗', '尺码有哪些', '{size}码还有吗', '主播穿的什么码', '{size}有没有', '有没有大码', '有几个尺码'],
      named: ['{ref}有{size}码吗', '{ref}有哪些尺码', '{ref}有{size}吗', '{ref}还有{size}码吗', '{ref}尺码有哪些'],
    },
    colour: {
      here: ['有{colour}吗', '有几个颜色', '还有别的颜色吗', '{colour}的有吗', '想看看{colour}', '颜色有哪些', '有没有{colour}', '能看下{colour}吗'],
      named: ['{ref}有{colour}吗', '{ref}有几个颜色', '{ref}有什么颜色', '{ref}有没有{colour}'],
    },
    stock: {
      here: ['还有货吗', '还有吗', '还剩多少', '卖完了吗', '什么时候补货', '有现货吗', '还能抢到吗', '库存还有多少'],
      named: ['{ref}还有货吗', '{ref}还有吗', '{ref}什么时候补货', '{ref}卖完了？', '{ref}有现货吗'],
    },
    material: {
      here: ['什么面料', '这个是什么材质', '是纯棉的吗', '面料怎么样', '起球吗', '什么料子', '是羊毛的吗', '有弹力吗'],
      named: ['{ref}什么面料', '{ref}是什么材质的', '{ref}是纯棉吗', '{ref}起球吗'],
    },
    fit: {
      here: ['偏大还是偏小', '尺码标准吗', '160穿什么码', '微胖能穿吗', '版型宽松吗', '要拍大一码吗', '一百二十斤穿什么码', '165 110斤拍什么码', '正码吗'],
      named: ['{ref}偏大吗', '{ref}尺码准吗', '{ref}是宽松的吗', '{ref}要拍大一码吗'],
    },
    shipping_time: {
      here: ['什么时候发货', '多久发货', '几天能到', '今天拍明天能发吗', '发货快吗', '多久能到', '几天发货啊'],
      named: [],
    },
    shipping_cost: {
      here: ['包邮吗', '运费多少', '新疆包邮吗', '包不包邮', '要运费吗', '偏远地区包邮吗'],
      named: [],
    },
    international: {
      here: ['能寄到香港吗', '海外能买吗', '发台湾吗', '国外可以下单吗'],
      named: [],
    },
    returns: {
      here: ['可以退吗', '支持七天无理由吗', '不合适能换吗', '有运费险吗', '退换方便吗', '不喜欢能退吗'],
      named: [],
    },
    payment: {
      here: ['能用花呗吗', '可以分期吗', '怎么付款', '支持先用后付吗', '能用微信付吗'],
      named: [],
    },
    authenticity: {
      here: ['是正品吗', '质量有保证吗', '会不会是假货', '是工厂直发吗', '是不是大牌同款'],
      named: [],
    },
    discount: {
      here: ['有优惠券吗', '还能便宜点吗', '有福利吗', '新人有优惠吗', '能不能再送点赠品', '有没有券'],
      named: [],
    },
    next_live: {
      here: ['明天还播吗', '下次什么时候直播', '每天几点开播', '还有下一场吗'],
      named: [],
    },
  },
  purchase: ['扣1', '1', '111', '扣{n}', '{n}号链接', '上链接', '链接呢', '要了', '我要{size}码', '想要{colour}', '怎么买', '买买买', '来一件', '冲了', '蹲链接', '已加购', '{ref}给我来一件', '我要我要', '快上链接', '求链接'],
  purchased: ['拍了', '已拍', '拍了拍了', '下单了', '已下单{size}码', '抢到了', '付款了', '拍了{colour}', '已拍两件', '买到了开心'],
  praise: ['好好看', '太美了', '爱了爱了', '质量看着不错', '上身效果绝了', '颜色好正', '好显瘦', '买过，真的好穿', '这个绝了', '好喜欢', '{colour}好温柔', '性价比好高', '回购了好几次了'],
  cheer: ['主播好美', '主播身材好好', '你家东西质量一直好', '主播声音好好听', '支持主播', '主播辛苦了', '喜欢你家'],
  complaint: ['上次买的还没到', '客服一直不回', '又卡了', '问了好几遍都不回', '又没抢到', '发货太慢了', '声音听不清', '退款好慢', '尺码不准，上次买大了'],
  complaintProduct: ['太贵了', '质量一般', '怎么又涨价了', '上次买的起球了', '跟图片不一样', '这个价格不值'],
  greeting: ['来了来了', '主播晚上好', '大家好', '刚来', '打卡', '来啦', '晚上好呀', '又来了', '宝宝们好', '下班来看你了', '主播好', '报到', '我来啦{shop}'],
  chitchat: ['哈哈哈', '刚下班好累', '下雨了', '在吃饭', '主播今天好开心', '666', '背景音乐好听', '第一次来', '一直在等你开播', '笑死', '嗯嗯', '同意', '今天好冷', '陪你到下播', '我家猫也在看'],
  spam: ['加V看更多福利', '免费领取私我', '关注我回关', '点我头像有惊喜', '低价刷粉私聊', '兼职日结300加我', '看我主页领红包'],
  host: {
    price: ['@{name} {ref}{price}', '@{name} {ref}直播间价{price}哦', '@{name} 宝宝，{price}', '@{name} {ref}只要{price}'],
    size: ['@{name} 有{sizes}', '@{name} 尺码有{sizes}', '@{name} 码数：{sizes}'],
    colour: ['@{name} 颜色有{colours}', '@{name} 有{colours}哦', '@{name} 颜色：{colours}'],
    stock: ['@{name} 还剩{stock}件', '@{name} 只剩{stock}件了', '@{name} 还有{stock}件，抓紧'],
    material: ['@{name} {fact}', '@{name} 亲，{fact}'],
    fit: ['@{name} {fact}', '@{name} 宝宝，{fact}'],
    faq: ['@{name} {answer}', '@{name} 亲，{answer}'],
    soldOut: ['@{name} {ref}已经卖完了', '@{name} 抱歉，{ref}没货了'],
    sizeYes: ['@{name} 有{size}码的', '@{name} {size}有的，可以拍'],
    colourYes: ['@{name} 有{colour}的哦', '@{name} {colour}有货'],
  },
  linkUp: ['{n}号链接已上', '{n}号上车了，小黄车去拍', '{ref}是{n}号链接', '{n}号链接开抢'],
  anySize: ['S', 'M', 'L', 'XL', 'XXL', '2XL'],
  anyColour: ['黑色', '白色', '粉色', '蓝色', '灰色', '杏色', '红色'],
  reask: ['{q}', '再问一下，{q}', '主播看看我，{q}', '{q}？？', '问一下{q}', '{q} 求回复'],
  emoji: ['😍', '🔥', '❤️', '😭', '👍', '💕', '✨', '🥰', '[赞]', '[爱心]', '[玫瑰]', '[捂脸]'],
};

/** Lines mixing the two languages, said by bilingual viewers in either stream. Same shape, fewer of them. */
export const MIXED: Partial<Pick<Bank, 'purchase' | 'purchased' | 'praise' | 'greeting' | 'chitchat'>> & { questions: Partial<Bank['questions']> } = {
  questions: {
    price: { here: ['这个多少钱 how much', 'price多少', 'how much 这个', '多少钱 pls'], named: ['{ref} how much 多少钱', '{ref} price 多少'] },
    size: { here: ['有{size} size吗', 'size {size} 有吗', '这个有 {size} 吗 size'], named: ['{ref} 有 size {size} 吗'] },
    colour: { here: ['有{colour} color吗', 'color 有几个'], named: ['{ref} 有什么 color'] },
    shipping_time: { here: ['shipping 多久', '多久 ship'], named: [] },
  },
  purchase: ['link在哪', 'link 链接呢', 'want 扣1', '#{n} 要了'],
  purchased: ['已下单 ordered', '拍了 bought it', 'done 拍了'],
  praise: ['好cute', 'OMG好好看', '颜色好nice', 'love love 爱了', 'so pretty 好美'],
  greeting: ['hello 主播', 'hi 大家好', '来了 hi'],
  chitchat: ['haha 笑死', 'lol 哈哈'],
};
