# Brew Corner (coffee gear): more dev lines (dev3), written after test v2's first scoring; tuning only.
from en_brew import SHOP, LANG, FAQ
SPLIT = 'dev3'
POS = {
 'warranty': ['what warranty does the kettle have', 'is it covered if it breaks'],
 'voltage': ['will it work on uk power', 'is the kettle 120v'],
 'roast-date': ['when was this coffee roasted', 'is the roast date printed on it'],
 'grind': ['can i get it ground for espresso', 'do you grind it for you'],
 'ship-time': ['how long until it arrives', 'when will my grinder get here'],
 'ship-cost': ['how much to ship', 'free shipping over what amount?'],
 'returns': ['can i return the kettle', 'return policy on gear?'],
 'decaf': ['any decaf beans', 'do you carry decaf'],
 'subscription': ['can i cancel the subscription anytime', 'is there a bean subscription'],
 'grinder-espresso': ['is the c40 good for espresso', 'will the hand grinder go fine enough for espresso'],
}
NEG = {
 'same-topic': ['does the warranty cover a dropped grinder?', 'does the kettle have a temperature setting?', 'are the beans organic?', 'do you ship to canada?', 'does the grinder work for turkish coffee?'],
 'statement': ['my beans arrived super fresh', 'i grind for pour over every morning', 'the kettle looks beautiful'],
 'complaint': ['my grinder broke after a month, so annoyed', 'still no tracking number, ridiculous'],
 'other-topic': ['whats your favorite brew method', 'what mug is that', 'good morning everyone'],
}
