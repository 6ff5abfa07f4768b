/**
 * English live-commerce chat templates, written by hand for this corpus.
 * Format: "<s>|<text>" where <s> is the sentiment of the line as written
 * (p = positive, 0 = neutral, n = negative). Slots: {p} product, {n} listing number,
 * {c} colour, {s} size, {city} place, {m} material, {q} quantity, {host} streamer name.
 */
import type { Intent } from '../../lib/ml/labels';

export const EN: Record<Intent, string[]> = {
  ask_price: [
    '0|how much is {p}?', '0|price?', '0|price on #{n}', "0|what's the price of the {p}",
    '0|how much for {q}', '0|cost??', '0|is {p} under $50?', '0|price for {n} pls', '0|how much shipping included',
    '0|whats {p} going for', '0|any discount on the {p}?', '0|is there a coupon code', '0|how much is it in CAD',
    '0|what does #{n} cost', '0|$$?', '0|how much is the bundle', '0|price drop soon?', '0|is the {p} still on sale',
    '0|hw much', '0|how much do 2 cost', '0|what is the retail price vs live price', '0|is that price per pair',
  ],
  ask_spec: [
    '0|what size is the {p}', '0|does {p} come in {c}?', '0|is it {m}?', '0|does it run small?',
    '0|will {s} fit me, 5\'6 130lbs', '0|what material is #{n}', '0|is the {p} waterproof', '0|how long does the battery last',
    '0|does it fit true to size', '0|dimensions of {p}?', '0|how do you use it', '0|is it safe for sensitive skin',
    '0|what colors does {p} come in', '0|is the {c} one more like a pastel', '0|does it work with iphone',
    '0|how heavy is it', '0|can you show the back', '0|is it machine washable', '0|what is the capacity',
    '0|does {n} have pockets', '0|is it stretchy', '0|what shade is she wearing', '0|can u zoom in on the fabric',
    '0|is it {s} or {s}', '0|how many ml is the {p}',
  ],
  ask_stock: [
    '0|is {p} still in stock?', '0|any {s} left?', '0|sold out already?', '0|will you restock {p}',
    '0|how many left of #{n}', '0|do you have {c} in {s}', '0|is {s} available', '0|when is the restock',
    '0|any left??', '0|is #{n} gone', '0|still available?', '0|got any more {c} ones', '0|is there stock for {city}',
    '0|how many units do you have', '0|can you check if {s} is in stock', '0|only 3 left??', '0|is it limited edition',
    '0|u still have the {c} one',
  ],
  ask_shipping: [
    '0|do you ship to {city}?', '0|how long is shipping', '0|shipping cost to {city}?', '0|free shipping?',
    '0|when will it arrive', '0|can I return it if it doesnt fit', "0|what's the return policy", '0|does it come with warranty',
    '0|do u ship international', '0|how fast is delivery', '0|tracking number?', '0|can i exchange for another size',
    "0|my order hasn't shipped yet, when?", '0|which courier do you use', '0|is there express shipping',
    '0|how do i get a refund', '0|do you deliver on weekends', '0|will it arrive before christmas',
    '0|how many days to {city}',
  ],
  purchase: [
    "p|I'll take it!", '0|link?', '0|link pls', '0|drop the link', 'p|just bought {p}!!', 'p|ordered 2 🙌',
    '0|sold', '0|sold!', '0|claim #{n}', '0|I want #{n}', 'p|adding to cart rn', '0|where do i buy',
    'p|take my money', 'p|copped the {c} one', '0|mine', '0|I want one in {s}', '0|put me down for {q}',
    'p|just checked out 🛒', '0|how do I order', '0|buying {p}', 'p|need this, ordering now', '0|dibs on #{n}',
    '0|add to cart where', '0|cart', 'p|purchased! cant wait', '0|me me me #{n}', '0|i want 1',
  ],
  complaint: [
    'n|my {p} arrived broken', 'n|still no refund after 3 weeks', 'n|this is a scam', 'n|quality is trash',
    'n|ordered last week and nothing', 'n|the {c} looks nothing like the pics', 'n|customer service never replied',
    'n|waste of money', 'n|size chart is completely wrong', 'n|overpriced garbage', 'n|it broke after one day',
    'n|great, another 2 weeks of shipping delay 🙄', 'n|wow amazing quality, fell apart in an hour', 'n|you keep ignoring my question',
    'n|worst stream ever', 'n|the {p} smells weird', 'n|not worth it at all', 'n|got charged twice',
    'n|fake product', 'n|never buying from here again', 'n|the zipper broke day 2', 'n|packaging was crushed',
    'n|love waiting 40 days for a package, really', 'n|this used to be good, not anymore',
  ],
  praise: [
    'p|love the {p}!', 'p|this is gorgeous', 'p|obsessed with {c}', 'p|best stream ever', 'p|so cute 😍',
    'p|the quality is insane', 'p|{host} you are the best', 'p|bought last time, amazing quality', 'p|looks amazing on you',
    'p|that {c} is stunning', 'p|W product', 'p|this slaps', 'p|goated', 'p|not bad at all, really good actually',
    'p|ngl this is fire 🔥', 'p|my {p} came and i love it', 'p|great value for the price', 'p|absolutely beautiful',
    'p|PogChamp this is so good', 'p|perfect gift', 'p|you never miss', 'p|10/10 would buy again', 'p|beautiful color',
    'p|the fit is perfect', 'p|chef kiss',
  ],
  greeting: [
    '0|hi', '0|hello everyone', 'p|hey {host}! 👋', '0|good morning from {city}', 'p|hi hi hi', '0|yo',
    'p|hello from {city}!!', '0|just joined', '0|whats up chat', 'p|hey girl', '0|evening all', '0|first time here',
    'p|hiiii love ur streams', '0|sup', '0|hey guys', 'p|happy friday everyone', '0|good evening',
    '0|back again', '0|hello hello', 'p|omg hi {host}',
  ],
  other_question: [
    '0|what song is this?', '0|where are you from?', '0|when is the next live?', '0|what camera do you use',
    '0|is this live or recorded', '0|how old are you', '0|what time is it there', '0|are you doing a giveaway?',
    "0|who's the brand owner", '0|do you have a discord', '0|what is your nail color', '0|how long is the stream today',
    '0|can you say hi to my mom', '0|is your dog ok', '0|what app is this', '0|where did you get that lamp',
    '0|are you going to do a Q&A', '0|do you speak spanish', '0|what is the giveaway prize',
  ],
  chitchat: [
    'p|lol', 'p|KEKW', 'p|LUL', 'p|lmao', '0|i am eating dinner rn', '0|it is raining here',
    'n|ugh long day at work', 'p|this stream is so chill', '0|my cat is watching too', '0|same',
    '0|true', 'n|L', 'p|W', '0|ok', 'p|haha love this vibe', 'n|sad i missed the start', '0|brb',
    'n|my wifi is lagging so bad', 'p|yay', '0|who else is watching from {city}', '0|the music lol',
    'n|i am so tired', '0|chat is fast today', 'p|lets goooo', 'p|this made my day', '0|hmm',
    'n|the audio is bad', 'n|this lag is killing me', 'n|ugh i hate mondays', '0|anyway', '0|fr',
  ],
  spam: [
    '0|follow me for free giftcards', '0|check my profile for deals 💰💰', '0|earn $500 a day from home DM me',
    '0|sub4sub', '0|visit cheapdeals dot com', '0|free followers at bit.ly/xyz', '0|🔥🔥🔥 crypto signals join telegram',
    '0|click the link in my bio', '0|I make 3k a week, ask me how', '0|FREE V-BUCKS', '0|dm for promo',
    '0|buy followers cheap', '0|AAAAAAAAAAAAAA', '0|win an iphone go to my page', '0|promo code SPAM123 at scamshop',
    '0|who wants free money', '0|f4f follow back', '0|🎁🎁🎁 giveaway in my bio',
  ],
};

/** Mixed lines are written mostly Chinese with English words, as bilingual chat is. */
export const PRODUCTS_EN: Record<string, string[]> = {
  beauty: ['lipstick', 'foundation', 'serum', 'eyeshadow palette', 'face mask', 'sunscreen'],
  apparel: ['hoodie', 'dress', 'jeans', 'cardigan', 'sneakers', 'puffer jacket'],
  electronics: ['earbuds', 'power bank', 'phone case', 'smart watch', 'ring light', 'charger'],
  home: ['blanket', 'air fryer', 'vacuum', 'candle', 'pillow', 'storage box'],
  food: ['snack box', 'coffee beans', 'tea set', 'protein bars', 'chili sauce', 'honey'],
  toys: ['plushie', 'lego set', 'puzzle', 'rc car', 'blind box', 'doll'],
  sports: ['yoga mat', 'dumbbells', 'running shoes', 'water bottle', 'gym bag', 'leggings'],
  pets: ['dog leash', 'cat tree', 'pet bed', 'cat litter', 'dog treats', 'pet brush'],
  jewelry: ['necklace', 'earrings', 'ring', 'bracelet', 'anklet', 'pendant'],
  books: ['notebook', 'planner', 'novel', 'cookbook', 'sticker pack', 'journal'],
};
