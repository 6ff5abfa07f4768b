# Pixel Cove: phone cases, chargers and screen protectors, streaming in English. Test split (v2).
SHOP, LANG, SPLIT = 'pixel', 'en', 'test'
FAQ = [
 {'id': 'compat', 'q': ['Which phones does the case fit?', 'Do you have it for iPhone 15?', 'Does it fit Samsung?'],
  'a': ['Cases come for iPhone 13, 14 and 15 (all sizes) and Samsung Galaxy S23 and S24; pick your model in the menu.', 'iPhone 13-15 (every size) and Galaxy S23/S24: choose your model at checkout.']},
 {'id': 'magsafe', 'q': ['Is the case MagSafe compatible?', 'Does it work with wireless charging?'],
  'a': ['Yes, every case has built-in MagSafe magnets and works with wireless chargers.', 'Built-in MagSafe magnets, wireless charging works through it.']},
 {'id': 'drop', 'q': ['How protective is the case?', 'Is it drop tested?', 'Will it protect my phone if I drop it?'],
  'a': ['Our cases are drop tested from 10 feet (3 m) with raised edges around the camera and screen.', 'Tested for 10 ft (3 m) drops, with raised edges for the camera and screen.']},
 {'id': 'yellowing', 'q': ['Does the clear case turn yellow?', 'Will the clear case yellow over time?'],
  'a': ['The clear case uses anti-yellowing polycarbonate, and if it yellows within a year we replace it.', 'Anti-yellowing material, replaced free if it yellows within a year.']},
 {'id': 'charger-speed', 'q': ['How fast is the charger?', 'How many watts is the charger?', 'Does it fast charge?'],
  'a': ['The wall charger is 30W USB-C PD and charges an iPhone 15 to 50% in about 30 minutes.', '30W USB-C PD: 0-50% on an iPhone 15 in about 30 minutes.']},
 {'id': 'protector', 'q': ['Is the screen protector glass?', 'Is it easy to install the screen protector?', 'Does the screen protector come with a kit?'],
  'a': ['It is 9H tempered glass and comes with an alignment frame, cleaning wipes and a spare.', '9H tempered glass, packed with an install frame, wipes and a second protector.']},
 {'id': 'warranty', 'q': ['Is there a warranty?', 'What if my charger stops working?'],
  'a': ['Chargers and cables have an 18-month warranty; cases have a lifetime warranty against defects.', '18 months on chargers and cables, lifetime on cases for defects.']},
 {'id': 'ship-time', 'q': ['How long does shipping take?', 'When will my order arrive?'],
  'a': ['We ship same day before 2pm ET; US delivery takes 2-4 business days.', 'Same-day dispatch before 2pm ET, 2-4 business days across the US.']},
 {'id': 'returns', 'q': ['Can I return it?', 'What is your return policy?', 'What if I ordered the wrong model?'],
  'a': ['Returns and exchanges within 30 days, including if you picked the wrong phone model.', '30-day returns and exchanges, wrong model included.']},
 {'id': 'bundle', 'q': ['Is there a bundle deal?', 'Do I get a discount if I buy a case and a protector?'],
  'a': ['Case + screen protector together are 20% off during the live.', 'Buy a case with a screen protector and get 20% off both today.']},
]
POS = {
 'compat': ['do you have cases for the iphone 14 pro', 'will it fit my galaxy s24?', 'what phone models do you make cases for', 'is there one for iphone 13 mini'],
 'magsafe': ['does magsafe work with this case', 'can i still wireless charge with it on', 'does it have magnets'],
 'drop': ['how much protection does the case give', 'will it survive a drop', 'has it been drop tested?'],
 'yellowing': ['will the clear one go yellow', 'do clear cases get yellow after a few months?', 'does it discolor over time'],
 'charger-speed': ['what wattage is the charger', 'is it a fast charger?', 'how quickly does it charge an iphone'],
 'protector': ['is the screen protector tempered glass', 'is the protector hard to put on', 'does it come with an install kit'],
 'warranty': ['what warranty do you offer', 'what happens if the charger breaks', 'any guarantee on the cables?'],
 'ship-time': ['how fast is shipping', 'if i order now when does it arrive', 'how many days to get it'],
 'returns': ['can i send it back if i dont like it', 'i picked the wrong model can i exchange it', 'return policy?'],
 'bundle': ['any deal if i get a case and screen protector', 'is there a bundle discount', 'do you have a combo deal today'],
}
NEG = {
 'same-topic': [
  'do you have a case for the pixel 8?', 'does it fit the iphone 12', 'does the case work with a popsocket', 'is the magsafe strong enough for a car mount',
  'is it drop tested from 20 feet', 'is the case waterproof?', 'does the black case fade', 'will the charger work for my laptop',
  'is the charger 65w', 'does the protector have a privacy filter', 'does the protector work with face id', 'does the warranty cover water damage',
  'do you ship to the uk?', 'do you ship on saturday', 'can i return it after 60 days', 'does the bundle include the charger'],
 'statement': ['my case has been through like 20 drops and still fine', 'the charger is so fast', 'ordered the wrong model lol, exchanged it easily',
  'got the bundle last week', 'my clear case is still crystal clear after a year'],
 'complaint': ['my clear case turned yellow in two months', 'the charger stopped working after a week, not happy', 'the screen protector cracked on day one',
  'still no tracking after 5 days!!', 'you sent me the wrong model and nobody replies', 'the magnets are so weak, waste of money'],
 'other-topic': ['what phone are you using?', 'can you show the purple case again', 'hello everyone', 'where are you streaming from',
  'what is your name', 'are you guys on tiktok'],
}
