# 山野 (零食): more dev lines (dev3), written after test v2's first scoring; tuning only.
from zh_shanye import SHOP, LANG, FAQ
SPLIT = 'dev3'
POS = {
 'expiry': ['坚果保质期多长时间', '牛肉干能放多久'],
 'prod-date': ['是不是新生产的', '生产日期新不新'],
 'storage': ['要放冰箱吗', '打开了怎么保存'],
 'sugar': ['加糖了吗', '控糖的人能吃吗'],
 'spicy': ['牛肉干辣吗', '有原味的吗'],
 'weight': ['一包几克', '一盒有几包'],
 'ship-time': ['今天下单今天发吗', '几天能到'],
 'broken': ['收到包装漏气怎么办', '坏了能补发吗'],
 'gift': ['有没有礼盒', '可以写贺卡吗'],
 'coupon': ['有没有优惠券', '拍两件有优惠吗'],
}
NEG = {
 'same-topic': ['坚果是哪里产的', '有没有海苔', '能发国外吗', '牛肉干是什么牛肉', '孕妇能吃吗', '有没有大包装的', '礼盒能定制logo吗', '发什么快递'],
 'statement': ['这个坚果真好吃', '我上次买的牛肉干有点辣', '家里人都爱吃'],
 'complaint': ['收到的坚果一股哈喇味太差了', '一直不发货客服也不回'],
 'other-topic': ['主播在哪个城市', '今天天气真好', '来了来了'],
}
