# Glowlab: a skincare shop (serums, sunscreen, moisturiser) streaming in English. Dev split.
SHOP, LANG, SPLIT = 'glowlab', 'en', 'dev'
FAQ = [
 {'id': 'skin-type', 'q': ['Is the serum good for sensitive skin?', 'Will it work for oily skin?', 'Which skin types is it for?'],
  'a': ['The vitamin C serum suits all skin types, including sensitive skin; patch test first.', 'All skin types, sensitive included. Do a patch test the first time.']},
 {'id': 'fragrance', 'q': ['Is it fragrance free?', 'Does the serum have a scent?', 'Is there perfume in it?'],
  'a': ['Yes, every Glowlab product is fragrance free.', 'No added fragrance in any of our products.']},
 {'id': 'cruelty', 'q': ['Is it cruelty free?', 'Do you test on animals?', 'Is it vegan?'],
  'a': ['We are cruelty free and 100% vegan: no animal testing and no animal ingredients.', 'Cruelty free and vegan, never tested on animals.']},
 {'id': 'how-use', 'q': ['How do I use the serum?', 'Morning or night?', 'How many drops should I use?'],
  'a': ['Use 3-4 drops on clean skin in the morning, before moisturiser and sunscreen.', 'Mornings: 3-4 drops after cleansing, then moisturiser and SPF.']},
 {'id': 'shelf-life', 'q': ['How long does it last once opened?', 'What is the shelf life?', 'When does it expire?'],
  'a': ['Use within 6 months of opening; unopened it keeps 2 years.', '6 months after opening, 2 years sealed.']},
 {'id': 'pregnancy', 'q': ['Is it safe during pregnancy?', 'Can I use it while breastfeeding?'],
  'a': ['Our serum has no retinoids or salicylic acid, but please check with your doctor during pregnancy or breastfeeding.', 'No retinoids or salicylic acid inside; ask your doctor first if you are pregnant or nursing.']},
 {'id': 'ship-time', 'q': ['How long does shipping take?', 'When will it arrive?'],
  'a': ['Orders leave within 24 hours and arrive in 2-5 business days.', 'We dispatch within a day; delivery takes 2-5 business days.']},
 {'id': 'returns', 'q': ['Can I return it if I break out?', 'What is your return policy?'],
  'a': ['If a product does not agree with your skin, we refund it within 45 days, even opened.', '45-day refunds, opened bottles included, if it does not suit your skin.']},
 {'id': 'spf', 'q': ['What SPF is the sunscreen?', 'Does the sunscreen leave a white cast?'],
  'a': ['The daily sunscreen is SPF 50 PA++++ with a tinted, no-white-cast finish.', 'SPF 50 PA++++, tinted, so no white cast.']},
 {'id': 'bundle', 'q': ['Is there a bundle deal?', 'Any discount if I buy the set?'],
  'a': ['The Glow Set (serum, moisturiser and SPF) is $79 instead of $98 today.', 'Glow Set today: $79 for serum + moisturiser + SPF (normally $98).']},
]
POS = {
 'skin-type': ['will this irritate my sensitive skin?', 'i have really oily skin, is the serum ok for me', 'does it work on dry skin too', 'good for combination skin?'],
 'fragrance': ['does it smell like anything', 'any fragrance in the serum?', 'is it unscented'],
 'cruelty': ['are your products tested on animals?', 'is glowlab vegan', 'cruelty free??'],
 'how-use': ['how do i apply it', 'should i use it am or pm', 'how much serum do i put on', 'do i put it on before or after moisturizer'],
 'shelf-life': ['how long is it good for after opening', 'does it expire quickly?', 'how long will one bottle keep'],
 'pregnancy': ['can i use this while pregnant', 'safe for breastfeeding moms?', 'im expecting, is the serum ok?'],
 'ship-time': ['how long for delivery?', 'when would i get it if i order now', 'how many days to ship'],
 'returns': ['what if i break out can i get a refund', 'can i return an opened bottle?', 'refund policy?'],
 'spf': ['what spf is it', 'does the sunscreen leave a white cast on dark skin?', 'how much sun protection does the sunscreen have'],
 'bundle': ['is there a discount for buying the whole set', 'any bundle deals today?', 'how much is the set'],
}
NEG = {
 'same-topic': [
  'is it safe for my 10 year old?', 'does it help with rosacea?', 'does it smell like oranges', 'is the packaging recyclable?',
  'can i use it with retinol at night?', 'can i use it around my eyes?', 'does it expire faster in hot weather',
  'is the sunscreen reef safe?', 'is the sunscreen water resistant?', 'do you ship to mexico?', 'can i get it by tomorrow',
  'can i return it after 3 months?', 'is the set available in travel size?', 'is there a student discount?',
  'does the serum contain niacinamide?', 'is it halal certified'],
 'statement': [
  'i use the serum every morning, love it', 'my skin cleared up in two weeks', 'the sunscreen has no white cast on me',
  'got my package yesterday', 'i bought the set last time'],
 'complaint': [
  'the serum made me break out badly', 'my bottle arrived leaking 😡', 'the sunscreen pilled under my makeup, so disappointed',
  'i asked for a refund a week ago and nothing', 'way too expensive for such a tiny bottle', 'it smells weird, is it expired??'],
 'other-topic': [
  'what lipstick are you wearing', 'where did you get your top', 'hello from london!', 'how old are you',
  'can you say hi to my mom', 'what is your skincare routine at night'],
}
