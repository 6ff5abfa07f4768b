/** English templates, TikTok LIVE / Whatnot style: short, lowercase, slangy. */
import type { Bank } from './bank';

export const EN: Bank = {
  questions: {
    price: {
      here: ['how much is this one', 'price?', 'how much', 'how much for this', "what's the price on this", 'how much is it', 'price pls', 'how much is the one you have on', 'whats this one cost', 'is this on sale?', 'how much are these', 'cost?', "what's the damage on this one", 'how much we talking', 'price on this?', 'how much is that', "what's it cost", 'and the price?', 'is there a deal on this', 'how much rn'],
      named: ['how much is {ref}', 'price on {ref}?', '{ref} how much', "what's {ref} going for", 'how much for {ref}', '{ref} price?', 'whats the price of {ref}', 'price check on {ref}', '{ref} cost?', 'how much did you say {ref} was', 'what is {ref} priced at', 'is {ref} on sale'],
    },
    size: {
      here: ['what sizes does this come in', 'do you have this in {size}', 'is there a {size}', 'sizes?', 'does it come in {size}', 'what size are you wearing', '{size} available?', 'do you have {size} in this one', 'what sizes are left', 'any {size} left in this', 'what sizes do you have', 'does this come in plus sizes', 'is there a {size} left', 'got a {size}?', 'need a {size}, do you have it', 'what size range is this'],
      named: ['what sizes for {ref}', 'does {ref} come in {size}', '{ref} in {size}?', 'is {ref} available in {size}', 'sizes for {ref}?', 'do you have {ref} in a {size}', 'what size range does {ref} come in', 'any {size} left in {ref}', 'got {ref} in {size}?'],
    },
    colour: {
      here: ['what colors does it come in', 'does it come in {colour}', 'any other colors?', 'is there {colour}', '{colour}??', 'colors?', 'can you show the {colour} one', 'what colours are there', 'do you have it in {colour}', 'does it come in other colours', 'which colors are available', 'is the {colour} in stock', 'what color is that', 'any {colour}?', 'more colors?'],
      named: ['what colors does {ref} come in', 'does {ref} come in {colour}', '{ref} in {colour}?', 'colours for {ref}?', 'is there a {colour} {ref}', 'which colors does {ref} have', 'got {ref} in {colour}?', 'does {ref} have a {colour} one'],
    },
    stock: {
      here: ['is this still in stock', 'any left?', 'how many left', 'is it sold out', 'still available?', 'will you restock this', 'are there any left', 'in stock?', 'how many do you have left', 'is it gonna sell out', 'still got some?', 'can I still get one', 'when is the restock'],
      named: ['is {ref} in stock', '{ref} still available?', 'any {ref} left?', 'when will {ref} be restocked', 'is {ref} sold out??', 'how many {ref} left', 'do you still have {ref}', 'is {ref} coming back', 'how much stock on {ref}', 'restock on {ref}?'],
    },
    material: {
      here: ["what's the material", 'what is it made of', 'is it cotton', 'what fabric is this', 'is it soft?', 'material?', 'is that real wool', 'is it stretchy', 'what kind of fabric', 'is it thick?', 'is it polyester', 'what material is that', 'is it see-through', 'does it pill'],
      named: ['what is {ref} made of', '{ref} material?', 'is {ref} cotton?', 'what fabric is {ref}', 'is {ref} stretchy', "what's {ref} made from", 'is {ref} thick', 'does {ref} pill'],
    },
    fit: {
      here: ['does it run small', 'is it true to size', 'should I size up', 'how does it fit', 'is it oversized?', "what size should I get if I'm 5'4", 'runs big or small?', 'tts?', 'is it fitted or loose', 'do I size down', 'how does the sizing run', "I'm usually a medium, which size", 'is it cropped?', 'is it long on you?', 'does it fit big'],
      named: ['does {ref} run small', 'is {ref} true to size', 'how does {ref} fit', 'should I size up in {ref}', 'how does {ref} run', 'should I size down in {ref}', 'does {ref} fit big'],
    },
    shipping_time: {
      here: ['how long does shipping take', 'when will it ship', 'how fast do you ship', 'shipping time?', 'if I order today when does it come', 'how many days for delivery', 'do you ship fast?', 'when would it get here', 'how long to ship', 'when does it arrive', 'how long does delivery take', 'will it get here by friday', 'shipping speed?'],
      named: [],
    },
    shipping_cost: {
      here: ['is shipping free', 'how much is shipping', 'free shipping?', 'shipping cost?', 'do I have to pay shipping', 'is there free shipping over a certain amount', 'what does shipping cost', 'shipping fee?', 'do you do free shipping', 'is shipping included'],
      named: [],
    },
    international: {
      here: ['do you ship to canada', 'ship to UK?', 'do you ship internationally', 'can I order from australia', 'shipping to mexico?', 'do you deliver to europe', 'do you ship outside the US', 'can you ship to germany', 'international shipping?', 'ship to the philippines?'],
      named: [],
    },
    returns: {
      here: ["what's the return policy", "can I return it if it doesn't fit", 'can I exchange sizes', 'returns?', "what if it doesn't fit", 'how do returns work', 'can I send it back', 'do you do exchanges', 'is it final sale', 'return window?'],
      named: [],
    },
    payment: {
      here: ['can I pay with paypal', 'do you take afterpay', 'klarna?', 'what payment methods do you take', 'can I use apple pay', 'do you take paypal', 'can I pay in installments', 'is afterpay available', 'do you accept venmo'],
      named: [],
    },
    authenticity: {
      here: ['is this legit', 'is it real', 'is your shop legit', 'are these original', 'is this a dupe', 'is this the real brand', 'is this fake', 'are you an official shop'],
      named: [],
    },
    discount: {
      here: ['any discount codes?', 'is there a coupon', 'promo code?', 'any deals today', 'discount for new followers?', 'any code for first order', 'is there a bundle deal', 'coupon code pls', 'any sales going on'],
      named: [],
    },
    next_live: {
      here: ['when is your next live', 'what time are you live tomorrow', 'will you go live again this week', 'next live?', 'are you live tomorrow', 'when do you go live again', 'what days do you stream'],
      named: [],
    },
  },
  purchase: ['link?', 'link pls', '#{n} please', 'I want {ref}', 'need {ref} in {size}!!', 'how do I buy', 'sold!', 'mine 🙋‍♀️', 'claim {size}', "I'll take one", 'taking 2', "where's the link", 'put the link up', 'want want want', '{n} please', 'buying!', 'adding to cart', 'I need this', 'gimme {ref}', 'want the {colour} one', 'ready to buy!', 'how do I check out', 'I want one in {colour}', 'put me down for {ref}', 'is the link pinned?', 'need it', 'ME', 'add to cart 🛒'],
  purchased: ['just bought!', 'ordered ✅', 'got it!!', 'just checked out', 'bought the {colour} one', 'done! ordered {size}', 'purchased 🛍️', 'grabbed one', 'ordered 2 lol', 'bought it!!', 'checked out!', 'just ordered the {colour}', 'yay got mine', 'added and paid ✅'],
  praise: ['so cute 😍', 'love this', 'obsessed', 'this is gorgeous', 'the {colour} is so pretty', 'need this in my life', 'slay 🔥', 'I have this one and love it', 'best quality honestly', 'it looks so soft', 'fits you perfectly', 'beautiful', 'this is my favorite', 'so good', 'omg yes', 'the fit is perfect', 'ok this is cute', 'love the color', 'that looks so comfy', 'gorgeous piece', 'obsessed with this one', 'wow', 'yesss'],
  cheer: ['looks amazing on you', 'you always have the best stuff', 'love your lives', 'you are so sweet', 'best shop on tiktok', 'your energy is everything', 'love you guys 💕', 'you look great today', 'love watching you', 'so glad I found this live', 'you explain everything so well'],
  complaint: ["still haven't gotten my order from last week", 'shipping took forever last time', 'why is everything sold out', 'you keep skipping my question', 'the audio is cutting out', 'customer service never answered me', 'lagging so bad', 'the sizing was way off on my last order', 'ugh missed it again', 'my package came damaged', 'the stream keeps freezing', 'I asked 3 times already', 'my order arrived late', 'still waiting on my refund', 'can you turn the music down'],
  complaintProduct: ['too expensive tbh', 'this is overpriced', 'mine pilled after one wash', 'price went up??', 'the color looks different from last time', 'not worth that price', 'way too pricey', 'mine shrank in the wash', 'the quality went down', 'it ran really small on me'],
  greeting: ['hi!', 'hello 👋', 'hey girl', 'hi from texas', 'just got here', 'hello everyone', 'good evening!', 'hiii', 'hey hey', "what's up everyone", "I'm here!", 'hello from the UK 🇬🇧', 'yo', 'hi {shop}', 'hey bestie', 'evening all', 'hey everyone!', 'hi hi', 'hello from florida', 'just joined', 'good morning from australia', 'whats up'],
  chitchat: ['lol', 'haha', 'my cat is watching with me', "it's snowing here", 'this song is a vibe', 'first time watching', 'been waiting all day for this', 'watching from work 🤫', 'love the vibe', 'same', '😂😂', 'ok', 'brb', 'the background is so cute', "I'm so tired today", 'cooking dinner and watching', 'my daughter loves your stuff', 'lmao', 'facts', 'omg', 'lmaooo', "it's my birthday today", 'the lighting is nice', 'just got home from work', 'I love these lives', 'ok ok', 'hahaha', 'my dog says hi'],
  spam: ['follow me for free followers', 'check my profile for a giveaway 💰', 'DM me to earn $500 a day', 'free iPhone click link in bio', 'sub to my channel', 'cheap followers dm', '🔥🔥follow4follow🔥🔥', 'crypto signals in my bio'],
  host: {
    price: ['@{name} {ref} is {price}', '@{name} {price} for {ref}!', '{ref} is {price} today @{name}', '@{name} it\'s {price} 💕'],
    size: ['@{name} sizes are {sizes}', '@{name} it comes in {sizes}', '@{name} we have {sizes}'],
    colour: ['@{name} colors: {colours}', '@{name} it comes in {colours}', '@{name} we have {colours}'],
    stock: ['@{name} {stock} left!', '@{name} only {stock} left', '@{name} still {stock} in stock'],
    material: ['@{name} {fact}', '@{name} good question! {fact}'],
    fit: ['@{name} {fact}', '@{name} {fact} 😊'],
    faq: ['@{name} {answer}', '{answer} @{name}'],
    soldOut: ['@{name} sorry, {ref} is sold out', '@{name} {ref} is sold out right now 😭'],
    sizeYes: ['@{name} yes, {size} is available!', '@{name} yes we have {size}'],
    colourYes: ['@{name} yes, it comes in {colour}!', '@{name} yes {colour} is available'],
  },
  linkUp: ['link {n} is up!', '#{n} is live in the shop tab', '{ref} is #{n} in the cart 🛒', 'pinned #{n}!'],
  anySize: ['XS', 'S', 'M', 'L', 'XL', 'XXL', '2X'],
  anyColour: ['black', 'white', 'pink', 'blue', 'green', 'red', 'beige'],
  openers: ['quick q: ', 'hey ', 'um ', 'wait ', 'hi! ', 'omg ', 'question: ', 'ok so '],
  closers: [' thx', ' pls', ' ty', ' 🙏', ' please', ' thanks!'],
  reask: ['{q}', 'again: {q}', 'hello?? {q}', '{q} ??', 'asking again, {q}', '{q} pls answer', 'sorry, {q}'],
  emoji: ['😍', '🔥', '❤️', '😭', '🙌', '💕', '✨', '🥰', '👀', '😂', '🛒', '💯'],
};
