# Pawsome: pet supplies (dog food, harnesses, toys, cat litter) streaming in English. Dev2 split (was test v1, retired after two scorings).
SHOP, LANG, SPLIT = 'pawsome', 'en', 'dev2'
FAQ = [
 {'id': 'harness-size', 'q': ['What size harness does my dog need?', 'How do I measure my dog for the harness?', 'Does the harness run small?'],
  'a': ['Measure around the widest part of the chest and pick from the chart: S 14-18 in, M 18-24 in, L 24-32 in.', 'Chest at its widest: S 14-18", M 18-24", L 24-32".']},
 {'id': 'food-grain', 'q': ['Is the dog food grain free?', 'Does the kibble contain grain?'],
  'a': ['Our salmon recipe is grain free; the chicken recipe includes brown rice and oats.', 'Salmon recipe: grain free. Chicken recipe: with brown rice and oats.']},
 {'id': 'food-puppy', 'q': ['Is the food ok for puppies?', 'What age is the kibble for?'],
  'a': ['Both recipes are complete for all life stages, puppies included.', 'All life stages, puppies included.']},
 {'id': 'toy-durable', 'q': ['Is the toy indestructible?', 'Will it hold up to a heavy chewer?', 'Is the chew toy durable?'],
  'a': ['The rubber chew toys are made for strong chewers, but no toy is indestructible: supervise play and replace worn toys.', 'Built for power chewers, though nothing is indestructible: supervise and replace when worn.']},
 {'id': 'litter', 'q': ['Is the litter clumping?', 'Is the cat litter dust free?', 'Is the litter flushable?'],
  'a': ['The tofu litter clumps, is 99% dust free and small amounts can be flushed.', 'Tofu litter: clumping, 99% dust free, flushable in small amounts.']},
 {'id': 'ship-time', 'q': ['How long does shipping take?', 'When will my order arrive?'],
  'a': ['We ship within 1 business day; delivery takes 3-5 business days.', 'Out the door in 1 business day, 3-5 business days to you.']},
 {'id': 'ship-cost', 'q': ['Is shipping free?', 'How much is shipping?'],
  'a': ['Shipping is free on orders over $49, otherwise $6.', 'Free over $49, $6 below that.']},
 {'id': 'returns', 'q': ['Can I return it if my dog does not like it?', 'What is your return policy?'],
  'a': ['Our happy-pet guarantee: if your pet does not like food or treats, we refund within 30 days, even opened.', 'Pet not a fan? Refund within 30 days, opened bags included.']},
 {'id': 'autoship', 'q': ['Do you have autoship?', 'Can I get food delivered automatically?'],
  'a': ['Autoship saves 5% and delivers every 2 to 8 weeks; change or cancel anytime.', 'Autoship: 5% off, every 2-8 weeks, cancel anytime.']},
 {'id': 'giveaway', 'q': ['How do I enter the giveaway?', 'When is the giveaway?'],
  'a': ['Follow the shop and comment your pet\'s name; we draw a winner at the end of the stream.', 'Follow us and drop your pet\'s name in chat; winner drawn at the end of the live.']},
]
POS = {
 'harness-size': ['how do i know what size harness to get', 'my lab is 70 lbs what size harness', 'do the harnesses fit small?', 'how should i measure for the harness'],
 'food-grain': ['is there grain in the dog food', 'do you have grain free food?', 'does the salmon kibble have grains'],
 'food-puppy': ['can my puppy eat this', 'is the kibble suitable for a 3 month old pup?', 'is it for adult dogs only'],
 'toy-durable': ['my dog destroys everything, will this toy survive?', 'how durable are the chew toys', 'is it good for aggressive chewers'],
 'litter': ['does the cat litter clump', 'is the litter dusty?', 'can i flush the litter'],
 'ship-time': ['how long until it arrives', 'shipping time?', 'when would i get my order'],
 'ship-cost': ['do u have free shipping', 'how much for shipping', 'is there a shipping fee'],
 'returns': ['what if my dog hates the food can i return it', 'can i get a refund on an opened bag?', 'return policy?'],
 'autoship': ['can i set up a subscription for dog food', 'do you do recurring deliveries', 'is there autoship?'],
 'giveaway': ['how do i join the giveaway', 'when do you pick the giveaway winner', 'how to enter the raffle?'],
}
NEG = {
 'same-topic': [
  'do you have a harness for cats?', 'is the harness reflective?', 'is the food made in the usa?', 'how many calories per cup?',
  'is the chicken recipe ok for dogs with allergies?', 'can senior dogs eat it', 'is the toy dishwasher safe?',
  'does the litter smell like anything?', 'is the litter safe for rabbits?', 'do you ship to canada?', 'can i get it by friday?',
  'is shipping free to hawaii?', 'can i return the harness if it doesnt fit after 60 days', 'can autoship deliver every week?',
  'is the giveaway open internationally?', 'how many winners are there'],
 'statement': [
  'my puppy loves the salmon kibble', 'the harness fits my husky perfectly', 'we switched to the tofu litter last month',
  'autoship saves me so much time', 'my order came in two days'],
 'complaint': [
  'my dog ripped the indestructible toy in 5 minutes', 'the bag arrived torn and food everywhere', 'the litter is super dusty, not 99% at all',
  'i never got my refund', 'you charged my autoship twice this month', 'the harness broke on our first walk 😠'],
 'other-topic': [
  'what breed is your dog?', 'omg your cat is so cute', 'where do you live', 'what is your dogs name',
  'can you show the puppy again', 'hello everyone from texas'],
}
