# 花漾 (美妆): more dev lines (dev3), written after test v2's first scoring; tuning only.
from zh_huayang import SHOP, LANG, FAQ
SPLIT = 'dev3'
POS = {
 'authentic': ['保证是正品吗', '防伪码在哪里扫'],
 'skin-type': ['干皮用这个面霜会不会干', '敏感皮能不能用'],
 'shade': ['黄黑皮选几号', '粉底色号怎么挑'],
 'expiry': ['开封能用多久', '是今年的新货吗'],
 'pregnant': ['怀孕了可以用吗', '喂奶期间能用吗'],
 'spf': ['防晒霜多少倍的', '防晒防不防水'],
 'gift': ['买了有小样送吗', '有什么赠品'],
 'ship-time': ['多久发货呀', '几天能收到'],
 'returns': ['用了过敏可以退吗', '没拆能七天无理由吗'],
 'lipstick': ['口红持不持久', '这支口红沾不沾杯'],
}
NEG = {
 'same-topic': ['面霜美白吗', '粉底液持妆多久', '口红有几个色号', '防晒霜能当妆前乳吗', '能发国外吗', '发什么快递', '赠品可以换成别的吗', '男生能用吗'],
 'statement': ['这个面霜我用了两瓶了', '口红颜色好显白', '上次买的很快就到了'],
 'complaint': ['用了脸上起痘了太坑了', '收到的瓶子是漏的'],
 'other-topic': ['主播的耳环好好看', '今天几点下播', '大家晚上好'],
}
