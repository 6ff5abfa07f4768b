# 小鹿 (女装): more dev lines (dev3), written after test v2's first scoring; tuning only.
from zh_xiaolu import SHOP, LANG, FAQ
SPLIT = 'dev3'
POS = {
 'ship-time': ['今天拍什么时候发', '大概几天能收到'],
 'free-ship': ['要不要运费', '是包邮的吗'],
 'courier': ['走的什么快递', '可以加钱发顺丰吗'],
 'returns': ['不喜欢能退吗', '可以七天无理由退货吗'],
 'return-fee': ['送运费险吗', '退的话运费要自己出吗'],
 'size': ['尺码标准吗', '一百二十斤穿什么码'],
 'material': ['面料是什么', '是棉的吗'],
 'fade': ['洗了会不会掉色', '能不能机洗'],
 'coupon': ['有没有券可以领', '满减怎么算'],
 'how-buy': ['这个在几号链接', '去哪里拍'],
 'invoice': ['可以开发票吗', '能开电子发票吗'],
}
NEG = {
 'same-topic': ['能发京东快递吗', '可以开专用发票吗', '有没有XXL码', '这件有没有黑色', '是真丝的吗', '可以用花呗分期吗', '能送到香港吗'],
 'statement': ['上次买的裙子很好看', '我平时穿M码', '顺丰真的快'],
 'complaint': ['衣服洗一次就起球了太差了', '等了一个星期还没发货'],
 'other-topic': ['主播今天的发型好看', '背景音乐叫什么', '晚上好呀'],
}
