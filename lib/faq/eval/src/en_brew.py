# Brew Corner: coffee gear (grinders, kettles, pour-over, beans) streaming in English. Dev2 split (was test v1, retired after two scorings).
SHOP, LANG, SPLIT = 'brew', 'en', 'dev2'
FAQ = [
 {'id': 'warranty', 'q': ['Does the grinder have a warranty?', 'What if it breaks?', 'How long is the warranty?'],
  'a': ['Every grinder and kettle comes with a 2-year warranty covering defects.', '2-year warranty on grinders and kettles against defects.']},
 {'id': 'voltage', 'q': ['Does the kettle work in Europe?', 'What voltage is the kettle?', 'Is it 110V or 220V?'],
  'a': ['The kettle is sold in a 120V US version and a 230V EU/UK version: pick yours at checkout.', 'Two versions: 120V (US) and 230V (EU/UK), chosen at checkout.']},
 {'id': 'roast-date', 'q': ['When were the beans roasted?', 'How fresh are the beans?', 'Is there a roast date on the bag?'],
  'a': ['Beans are roasted every Monday and shipped within 5 days of roasting; the roast date is printed on every bag.', 'We roast Mondays and ship within 5 days; every bag shows its roast date.']},
 {'id': 'grind', 'q': ['Can you grind the beans for me?', 'Do you sell ground coffee?', 'Whole bean or ground?'],
  'a': ['Yes: choose whole bean or a grind (espresso, pour-over, French press) at checkout.', 'Whole bean by default, or pick espresso, pour-over or French press grind at checkout.']},
 {'id': 'ship-time', 'q': ['How long does shipping take?', 'When will it arrive?', 'How fast is delivery?'],
  'a': ['Orders ship the next business day and arrive in 2-4 business days in the US.', 'Next business day dispatch, 2-4 business days to arrive in the US.']},
 {'id': 'ship-cost', 'q': ['Is shipping free?', 'How much is shipping?'],
  'a': ['Free US shipping on orders over $40; under that it is $4.95.', 'Shipping is $4.95, or free over $40 in the US.']},
 {'id': 'returns', 'q': ['Can I return the grinder?', 'What is your return policy?', 'Can I return opened coffee?'],
  'a': ['Gear can be returned within 30 days in original packaging; opened coffee cannot be returned.', '30-day returns on gear in its box; opened coffee is not returnable.']},
 {'id': 'decaf', 'q': ['Do you have decaf?', 'Is there a decaf option?'],
  'a': ['Yes, our Swiss Water decaf Colombia is available in 250g and 1kg bags.', 'Swiss Water decaf (Colombia), 250g or 1kg.']},
 {'id': 'subscription', 'q': ['Do you have a coffee subscription?', 'Can I get beans every month?', 'How do I cancel my subscription?'],
  'a': ['Subscriptions deliver every 2 or 4 weeks at 10% off, and you can pause or cancel anytime from your account.', 'Beans every 2 or 4 weeks, 10% off, pause or cancel anytime in your account.']},
 {'id': 'grinder-espresso', 'q': ['Can the grinder do espresso?', 'Is the hand grinder fine enough for espresso?'],
  'a': ['Yes, the C40 hand grinder has 40 click settings and grinds fine enough for espresso.', 'The C40 goes fine enough for espresso (40 click settings).']},
]
POS = {
 'warranty': ['is there any warranty on the grinder', 'what happens if my kettle stops working', 'how many years warranty?', 'does it come with a guarantee'],
 'voltage': ['will the kettle work in the uk?', 'what voltage does the kettle use', 'can i use it in germany with 230v', 'is there a european plug version'],
 'roast-date': ['how fresh is the coffee', 'when do you roast the beans', 'are the beans freshly roasted?', 'does the bag show the roast date'],
 'grind': ['do you sell it pre-ground?', 'can i get the beans ground for french press', 'is it whole bean only?'],
 'ship-time': ['how long does it take to get here', 'how quick is shipping', 'if i order now when does it arrive'],
 'ship-cost': ['do you offer free shipping', 'what does shipping cost', 'shipping fee?'],
 'returns': ['can i send the grinder back if i dont like it', 'whats the return policy on gear', 'return window?'],
 'decaf': ['any decaf beans?', 'do you sell decaffeinated coffee', 'got decaf?'],
 'subscription': ['can i subscribe to get coffee delivered regularly', 'is there a monthly coffee plan', 'how do i cancel the subscription'],
 'grinder-espresso': ['is the hand grinder good for espresso', 'can the c40 grind fine enough for espresso?', 'will it work for espresso'],
}
NEG = {
 'same-topic': [
  'does the warranty cover drops?', 'can i extend the warranty to 5 years', 'does the kettle work in japan at 100v',
  'what origin are the beans from?', 'are the beans organic?', 'do you ship to canada?', 'can i get next day delivery?',
  'do you ship on weekends', 'is shipping free to alaska', 'can i return the kettle after 2 months',
  'is the decaf available as pods?', 'can i pause the subscription for a week?', 'is the subscription cheaper than 10% off for 1kg bags?',
  'can the grinder do turkish coffee?', 'does the c40 come with a case?', 'what is the capacity of the kettle'],
 'statement': [
  'the beans arrived 3 days after roasting, amazing', 'my c40 still works after 5 years', 'i have the subscription, love it',
  'i ordered the decaf last week', 'shipping took two days for me'],
 'complaint': [
  'my grinder broke after a week and nobody answers emails', 'the kettle arrived dented', 'these beans taste stale',
  'i cancelled my subscription and still got charged!', 'shipping took 10 days, terrible', 'the grind was way too coarse'],
 'other-topic': [
  'what music is playing', 'hi from toronto!', 'what is your favorite brew method', 'how long have you been a barista',
  'can you do a latte art demo', 'whats that plant behind you'],
}
