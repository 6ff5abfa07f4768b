# Pawsome (pet supplies): more dev lines (dev3), written after test v2's first scoring; tuning only.
from en_pawsome import SHOP, LANG, FAQ
SPLIT = 'dev3'
POS = {
 'harness-size': ['which harness size for a beagle', 'how do i measure for the harness'],
 'food-grain': ['does the food have grains', 'is the salmon one grain free'],
 'food-puppy': ['can puppies eat this food', 'is it ok for a young puppy'],
 'toy-durable': ['will my dog destroy this toy', 'is the rubber toy tough'],
 'litter': ['does the tofu litter clump', 'can you flush the litter'],
 'ship-time': ['how long will delivery take', 'when does my order ship'],
 'ship-cost': ['is shipping free', 'whats shipping cost'],
 'returns': ['can i get my money back if my cat hates it', 'refund if my dog wont eat it?'],
 'autoship': ['can i set up auto delivery', 'how does autoship work'],
 'giveaway': ['how do i join the giveaway', 'when do you pick the winner'],
}
NEG = {
 'same-topic': ['is the food ok for senior dogs with kidney problems?', 'does the harness come in pink?', 'is the litter safe for rabbits?', 'do you sell cat food?', 'is the toy dishwasher safe?', 'do you ship to alaska?', 'can i return a used harness?'],
 'statement': ['my dog loves the salmon recipe', 'the harness fits my lab perfectly', 'we use the tofu litter already'],
 'complaint': ['the toy fell apart in one day, terrible', 'my order arrived with a torn bag, not happy'],
 'other-topic': ['what breed is your dog', 'your cat is so cute', 'hello from florida'],
}
