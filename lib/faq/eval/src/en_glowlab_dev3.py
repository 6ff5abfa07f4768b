# Glowlab (skincare): more dev lines (dev3), written after test v2's first scoring; tuning only.
from en_glowlab import SHOP, LANG, FAQ
SPLIT = 'dev3'
POS = {
 'skin-type': ['will this break out my oily skin', 'ok for sensitive skin?'],
 'fragrance': ['does it smell like anything', 'any added fragrance?'],
 'cruelty': ['is glowlab vegan', 'do you do animal testing'],
 'how-use': ['how many drops do i need', 'do i put it on before sunscreen'],
 'shelf-life': ['how long is it good after opening', 'when does the serum expire'],
 'pregnancy': ['is it ok to use while pregnant', 'breastfeeding safe?'],
 'ship-time': ['how long for delivery', 'when would my order arrive'],
 'returns': ['can i get a refund if it irritates my skin', 'whats the refund policy'],
 'spf': ['how much spf does the sunscreen have', 'will the sunscreen look white on me'],
 'bundle': ['is the set cheaper', 'how much is the glow set'],
}
NEG = {
 'same-topic': ['is the serum good for rosacea?', 'can i use it with retinol?', 'is the sunscreen reef safe?', 'do you ship to canada?', 'how much is the serum alone?', 'is the packaging recyclable?', 'can i use the serum at night too?'],
 'statement': ['the serum made my skin so glowy', 'i use it every morning before spf', 'my order came in 3 days'],
 'complaint': ['i broke out after using this, terrible', 'my package never came and nobody answers'],
 'other-topic': ['what lipstick are you wearing', 'love your earrings', 'what camera do you use'],
}
