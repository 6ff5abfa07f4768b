# 暖居 (家纺家居): more dev lines (dev3), written after test v2's first scoring; tuning only.
from zh_nuanju import SHOP, LANG, FAQ
SPLIT = 'dev3'
POS = {
 'bed-size': ['1.5米的床选哪个', '被套尺寸是多少'],
 'bed-material': ['是不是全棉的', '用的什么棉'],
 'quilt-warm': ['冬天盖这个冷不冷', '这个被子有几斤'],
 'wash': ['四件套可以放洗衣机吗', '洗完会缩吗'],
 'pot-stove': ['电磁炉能不能用', '煤气灶可以用吗'],
 'pot-coating': ['涂层有毒吗', '能不能用铁锅铲'],
 'ship-time': ['几天能发货', '多久可以到'],
 'free-ship': ['全国包邮吗', '需要付运费吗'],
 'returns': ['不喜欢可以退吗', '有没有运费险'],
 'storage-box': ['收纳箱能叠起来吗', '收纳箱多少升'],
}
NEG = {
 'same-topic': ['四件套有没有2米的', '被子是羽绒的吗', '锅能进烤箱吗', '锅能用洗碗机洗吗', '收纳箱有没有小号的', '四件套有几种颜色', '被子夏天能盖吗'],
 'statement': ['这个四件套摸着好舒服', '我家用的就是电磁炉', '上次买的被子很暖和'],
 'complaint': ['锅用了一周涂层就掉了', '收纳箱到的时候盖子裂了'],
 'other-topic': ['主播家的猫好可爱', '今晚有抽奖吗', '刚进来'],
}
