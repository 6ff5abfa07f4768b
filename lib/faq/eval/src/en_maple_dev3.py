# Maple Thread (hoodies): more dev lines (dev3), written after test v2's first scoring; tuning only.
from en_maple import SHOP, LANG, FAQ
SPLIT = 'dev3'
POS = {
 'ship-time': ['when would it show up if i order today', 'delivery time to texas?'],
 'ship-cost': ['is there a shipping fee', 'do i pay for shipping on a $70 order'],
 'ship-intl': ['can i order from australia', 'do u deliver to the uk'],
 'returns': ['is there a return window', 'can i send it back if i dont like it'],
 'sizing': ['do these fit true to size', 'im usually a medium, what should i get'],
 'material': ['is this cotton or poly', 'what material is the fleece'],
 'care': ['can it go in the dryer', 'does it shrink in the wash'],
 'discount': ['any code for today', 'got a coupon?'],
 'payment': ['can i use paypal', 'do you accept apple pay'],
 'order': ['where do i buy this', 'link pls'],
 'next-live': ['when are you streaming next', 'what day is the next show'],
}
NEG = {
 'same-topic': ['do you ship to japan?', 'can i pay with klarna?', 'do you have a student discount?', 'is the hoodie wool?', 'can i iron it?', 'do you ship on saturdays?', 'do you sell the hoodies in stores?'],
 'statement': ['my hoodie shipped really fast', 'i always size up in hoodies', 'paypal is the easiest for me'],
 'complaint': ['the code LIVE15 doesnt work!!', 'my hoodie shrank after one wash, not happy'],
 'other-topic': ['what song is this', 'are you going to a concert this weekend?', 'hi from ohio'],
}
