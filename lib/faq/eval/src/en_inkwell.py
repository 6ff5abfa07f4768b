# Inkwell Paper Co: fountain pens, inks and notebooks streaming in English. Dev4 split: held-out check, written 2026-11-29 before any change it measures.
SHOP, LANG, SPLIT = 'inkwell', 'en', 'dev4'
FAQ = [
 {'id': 'nib-size', 'q': ['What nib sizes do you have?', 'Is the nib fine or medium?', 'Which nib should I pick?'],
  'a': ['The Aster pen comes with an extra-fine, fine, medium or broad steel nib; fine suits most everyday writing.', 'EF, F, M or B steel nibs; F is the everyday pick.']},
 {'id': 'filling', 'q': ['Does the pen take cartridges?', 'Can I use bottled ink?', 'Does it come with a converter?'],
  'a': ['It takes standard international cartridges and comes with a converter, so bottled ink works too.', 'Standard international cartridges, converter included for bottled ink.']},
 {'id': 'paper', 'q': ['Does ink bleed through the paper?', 'Is the notebook fountain pen friendly?', 'How thick is the paper?'],
  'a': ['Our notebooks use 100 gsm paper that takes fountain pen ink without bleeding or feathering.', '100 gsm fountain-pen-friendly paper: no bleed, no feathering.']},
 {'id': 'layout', 'q': ['What page layouts do you have?', 'Is the notebook dotted or lined?', 'How many pages does the notebook have?'],
  'a': ['A5 notebooks come dotted, lined, grid or blank, 192 numbered pages each.', 'Dotted, lined, grid or blank, A5, 192 numbered pages.']},
 {'id': 'ink-water', 'q': ['Is the ink waterproof?', 'Will the ink smudge if it gets wet?'],
  'a': ['Our Archive Black ink is waterproof once dry; the colored inks are not water resistant.', 'Archive Black is waterproof when dry; the colors are not.']},
 {'id': 'cleaning', 'q': ['How do I clean the pen?', 'How often should I flush the pen?'],
  'a': ['Flush it with lukewarm water every few weeks or when changing ink, until the water runs clear; no soap needed.', 'Rinse with lukewarm water until clear, every few weeks or at each ink change.']},
 {'id': 'engraving', 'q': ['Do you engrave pens?', 'Can I add a name to the pen?'],
  'a': ['We engrave up to 20 characters on the cap for $8, adding 2 days to processing.', 'Cap engraving up to 20 characters, $8, plus 2 days.']},
 {'id': 'ship-cost', 'q': ['How much is shipping?', 'Do you have free shipping?'],
  'a': ['Shipping is $4.50 in the US, free on orders over $50.', '$4.50 in the US, free over $50.']},
 {'id': 'ship-time', 'q': ['When will my order ship?', 'How long does delivery take?'],
  'a': ['Orders ship in 1-2 business days and arrive in 3-5 business days.', 'Ships in 1-2 business days, arrives 3-5 business days later.']},
 {'id': 'gift', 'q': ['Do you do gift wrapping?', 'Can I send it as a gift?'],
  'a': ['Add gift wrap at checkout for $3: we wrap it in kraft paper with a handwritten card and leave the receipt out.', 'Gift wrap is $3 at checkout: kraft paper, handwritten card, no receipt in the box.']},
]
POS = {
 'nib-size': ['what nibs does the aster come in', 'is there a broad nib option', 'which nib would you recommend for daily writing', 'do you have extra fine'],
 'filling': ['does it come with a converter', 'can i fill it from a bottle', 'what cartridges does it use', 'standard international cartridges?'],
 'paper': ['will my fountain pen bleed through', 'whats the paper weight', 'does the paper feather with wet inks', 'is the paper good for fountain pens'],
 'layout': ['do you have a dot grid version', 'how many pages in the a5', 'is there a blank one with no lines'],
 'ink-water': ['is archive black water resistant', 'does the ink run if i spill water on it', 'waterproof ink?'],
 'cleaning': ['how do i flush it', 'whats the best way to clean it between inks', 'do i need soap to clean the nib'],
 'engraving': ['can you engrave my name', 'how much is engraving', 'can i get initials on the cap'],
 'ship-cost': ['whats shipping cost', 'free shipping over how much?', 'how much to ship it to me'],
 'ship-time': ['how soon does it ship', 'how many days until it arrives', 'when would i get it'],
 'gift': ['can you gift wrap it', 'i want to send it to my dad as a present, can you wrap it', 'is there a gift option'],
}
NEG = {
 'same-topic': [
  'is the nib gold', 'can i swap nibs later', 'is the paper acid free', 'do you have the notebook in a4', 'does the notebook lie flat',
  'does it have a bookmark ribbon', 'is the ink safe for kids', 'is the ink fade resistant', 'can i clean it in an ultrasonic cleaner',
  'can you engrave a logo', 'can you engrave chinese characters', 'do you ship to the uk', 'do you ship on saturdays',
  'is there express shipping', 'do you sell gift cards', 'will the pen leak on a plane', 'how much is the aster pen', 'what colors does the pen come in'],
 'statement': ['my aster with the fine nib writes so smooth', 'i flush mine every sunday', 'just ordered two notebooks',
  'archive black survived my coffee spill', 'got the engraved one for my sister last year', 'the dotted pages are perfect for bullet journaling'],
 'complaint': ['my pen leaked all over my shirt 😡', 'the nib was scratchy out of the box, disappointed', 'my order still hasnt arrived after 10 days',
  'the engraving was spelled wrong', 'ink bled through every page, waste of money', 'the cap cracked after a week'],
 'other-topic': ['hello from london', 'whats your handwriting secret', 'love your calligraphy', 'what music is this',
  'do you sell typewriters', 'how long have you been collecting pens', 'the desk looks so cozy', 'can you write my name on stream'],
}
