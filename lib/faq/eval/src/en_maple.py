# Maple & Thread: an apparel shop (hoodies, tees) streaming in English. Dev split.
SHOP, LANG, SPLIT = 'maple', 'en', 'dev'
FAQ = [
 {'id': 'ship-time', 'q': ['How long does shipping take?', 'When will my order arrive?', 'How fast do you ship?'],
  'a': ['Orders ship within 2 business days and arrive in 3-7 business days in the US.', 'We ship in 1-2 business days; US delivery takes 3-7 business days.']},
 {'id': 'ship-cost', 'q': ['How much is shipping?', 'Is shipping free?', 'Do you have free shipping?'],
  'a': ['Shipping is a flat $5.99, free on orders over $60.', 'Free shipping over $60, otherwise a flat $5.99.']},
 {'id': 'ship-intl', 'q': ['Do you ship internationally?', 'Can you ship to Canada?', 'Do you ship outside the US?'],
  'a': ['Yes: we ship to Canada, the UK, the EU and Australia. International orders take 7-14 days.', 'We ship to Canada, the UK, the EU and Australia (7-14 days).']},
 {'id': 'returns', 'q': ['What is your return policy?', 'Can I return it?', 'Can I exchange it for another size?'],
  'a': ['Unworn items with tags can be returned or exchanged within 30 days of delivery.', '30-day returns and exchanges on unworn items with tags.']},
 {'id': 'sizing', 'q': ['Does it run true to size?', 'What size should I get?', 'Do the hoodies run small?'],
  'a': ['Our hoodies run true to size; size up for an oversized fit.', 'True to size. Want it baggy? Go one size up.']},
 {'id': 'material', 'q': ['What is the hoodie made of?', 'What fabric is it?', 'Is it 100% cotton?'],
  'a': ['The hoodies are 80% cotton and 20% recycled polyester fleece.', '80% cotton / 20% recycled polyester, brushed fleece inside.']},
 {'id': 'care', 'q': ['Can I put it in the washer?', 'How do I wash it?', 'Will it shrink?'],
  'a': ['Machine wash cold inside out and tumble dry low; it is pre-shrunk.', 'Cold wash, low tumble dry. Pre-shrunk, so it keeps its size.']},
 {'id': 'discount', 'q': ['Is there a discount code?', 'Any promo codes?', 'Do you have a coupon?'],
  'a': ['Use code LIVE15 for 15% off during the stream.', 'Code LIVE15 takes 15% off while we are live.']},
 {'id': 'payment', 'q': ['What payment methods do you accept?', 'Can I pay with PayPal?', 'Do you take Apple Pay?'],
  'a': ['We accept cards, PayPal, Apple Pay and Shop Pay.', 'Cards, PayPal, Apple Pay and Shop Pay all work.']},
 {'id': 'order', 'q': ['How do I order?', 'Where is the link?', 'How do I buy the hoodie?'],
  'a': ['Tap the shop bag under the video, or go to maplethread.com/live.', 'Shop bag under the stream, or maplethread.com/live.']},
 {'id': 'next-live', 'q': ['When is the next live?', 'What time do you go live?', 'Are you live again tomorrow?'],
  'a': ['We go live every Tuesday and Friday at 7pm ET.', 'Tuesdays and Fridays at 7pm Eastern.']},
]
POS = {
 'ship-time': ['how long till it gets to me?', 'if i order today when would it show up', 'shipping time??', 'how many days does delivery usually take'],
 'ship-cost': ['whats the shipping cost', 'is shipping included or extra?', 'do u do free shipping', 'how much do you charge for shipping'],
 'ship-intl': ['do you guys ship to the uk?', 'can i order from australia', 'any international shipping?', 'ship to germany?'],
 'returns': ['what if it doesnt fit can i send it back', 'how do returns work', 'can i swap for a bigger size if its too small?'],
 'sizing': ['do they fit true to size', 'im usually a medium, what size should i order', 'are the hoodies small fitting?', 'sizing runs big or small?'],
 'material': ['what material are the hoodies', 'is it cotton or polyester?', 'what is the fabric like'],
 'care': ['can it go in the dryer', 'does it shrink after washing?', 'how should i wash the hoodie'],
 'discount': ['any discount codes today?', 'is there a promo code for the live', 'coupon code?? 🙏'],
 'payment': ['do you accept paypal', 'can i use apple pay', 'what payment options are there'],
 'order': ['how do i buy this', 'link please? where do i order', 'how can i purchase the hoodie'],
 'next-live': ['when are you going live next?', 'what days do you stream', 'will you be live again this week'],
}
NEG = {
 'same-topic': [
  'do you ship on sundays?', 'can i get it by saturday if i pay for express?', 'how much is overnight shipping',
  'do you ship to brazil?', 'do you ship to japan', 'can i return it after 60 days',
  'do you pay for return shipping?', 'do you have a size chart in cm', 'do you make kids sizes?',
  'is the fleece vegan?', 'can i iron the print', 'is LIVE15 valid on sale items too',
  'can i pay with bitcoin', 'do you accept klarna', 'can i buy it in a store near me',
  'are you live on saturday', 'is the stream going to be on instagram too'],
 'statement': [
  'shipping was super fast last time!', 'my hoodie came in 3 days 🔥', 'i used the code and it worked',
  'i returned one last month, easy process', 'the medium fits me perfectly', 'just ordered two hoodies'],
 'complaint': [
  'my order still hasnt arrived after 3 weeks', 'the hoodie shrank after one wash, not happy', 'your code LIVE15 doesnt work!!',
  'why is shipping so expensive 😡', 'still waiting on my refund, this is ridiculous', 'ordered an L and got an S'],
 'other-topic': [
  'what song is this?', 'where are you from?', 'what camera do you use for streaming', 'hi everyone 👋',
  'how old is your dog', 'are you hiring?', 'what is your name'],
}
