/**
 * English training questions for the "same question?" scorer, written for this purpose only (never
 * taken from an evaluation set). A cluster is one kind of product and the different things viewers
 * ask about it; each intent lists phrasings of ONE question across chat styles. `{p}` becomes the
 * product's name or a pronoun. Pairs: two phrasings of one intent = same question; two intents of
 * one cluster = same product, different question (the hard negatives grouping and FAQ matching
 * get wrong); one intent about two named products = different question.
 */
import type { Cluster } from './types';

export const EN_CLUSTERS: Cluster[] = [
  { products: ['water bottle', 'flask', 'tumbler'], intents: [
    ['does the {p} leak', 'will {p} leak in my backpack', 'is the lid leak proof?', 'any leaking issues with {p}', 'can i throw it in my bag without it spilling'],
    ['is the {p} dishwasher safe', 'can {p} go in the dishwasher', 'dishwasher ok?', 'do i have to hand wash {p}', 'safe to put in a dishwasher?'],
    ['how long does {p} keep drinks cold', 'how many hours does it stay cold', 'does {p} keep ice overnight', 'how long does the cold last', 'will my water still be cold after a day'],
    ['does {p} come with a straw', 'is there a straw lid', 'straw included?', 'can i get {p} with a straw', 'does it have a straw'],
  ] },
  { products: ['hoodie', 'sweatshirt', 'jacket'], intents: [
    ['does the {p} shrink in the wash', 'will {p} shrink after washing', 'shrinkage?', 'does it get smaller when washed', 'will it shrink in the dryer'],
    ['is the {p} warm enough for winter', 'can i wear {p} in the snow', 'good for cold weather?', 'warm enough for minus 10', 'is it a winter weight {p}'],
    ['does the {p} have pockets', 'are there pockets', 'pockets??', 'any pockets on {p}', 'does it have a kangaroo pocket'],
    ['is the {p} see through', 'can you see through the fabric', 'is {p} sheer', 'is it transparent in light colours', 'does the white one show through'],
  ] },
  { products: ['air fryer', 'fryer', 'cooker'], intents: [
    ['how many people can the {p} cook for', 'is {p} big enough for a family of four', 'enough for 4 people?', 'how many servings fit in {p}', 'can i cook dinner for the whole family in it'],
    ['is the basket nonstick', 'does food stick to the basket', 'is the {p} basket non stick coated', 'nonstick?', 'will stuff stick inside {p}'],
    ['does the {p} need preheating', 'do i have to preheat {p}', 'preheat needed?', 'can i start cooking straight away without preheating', 'how long to preheat'],
    ['is the {p} loud', 'how noisy is {p}', 'does it make a lot of noise', 'is the fan loud', 'quiet enough to run at night?'],
  ] },
  { products: ['lipstick', 'lip tint', 'lip gloss'], intents: [
    ['does the {p} transfer onto cups', 'will {p} rub off on my mask', 'is it transfer proof', 'does it smudge on a glass', 'no transfer when drinking?'],
    ['does the {p} dry out my lips', 'is {p} drying', 'will it make my lips flaky', 'does it feel dry after an hour', 'is it moisturising or drying'],
    ['how long does the {p} last', 'does {p} last all day', 'how many hours does it stay on', 'do i need to reapply after lunch', 'long lasting?'],
    ['is the {p} tested on animals', 'is {p} cruelty free', 'cruelty free?', 'do you test on animals', 'is it vegan and cruelty free'],
  ] },
  { products: ['dog bed', 'pet bed', 'cat bed'], intents: [
    ['is the cover of the {p} removable', 'can i take the cover off {p}', 'removable cover?', 'does the cover zip off for washing', 'can you unzip the cover'],
    ['will a 30kg dog fit on the {p}', 'is {p} big enough for a labrador', 'what size dog fits', 'ok for a large breed?', 'can a big dog lie on it'],
    ['is the {p} chew proof', 'will my puppy chew through {p}', 'can it survive a chewer', 'chew resistant?', 'my dog destroys beds, will this one last'],
    ['does the {p} have a non slip bottom', 'will {p} slide on a wooden floor', 'is the base anti slip', 'does it move around on tiles', 'grippy bottom?'],
  ] },
  { products: ['coffee grinder', 'grinder', 'burr grinder'], intents: [
    ['can the {p} grind fine enough for espresso', 'is {p} good for espresso', 'espresso fine?', 'does it do espresso grind', 'will it grind fine for my espresso machine'],
    ['how many grams does the {p} hold', 'what is the capacity of {p}', 'how many beans fit in the hopper', 'how much coffee can it grind at once', 'hopper size?'],
    ['is the {p} hard to clean', 'how do you clean {p}', 'can i take the burrs out to clean', 'easy to clean?', 'does it need brushing after each use'],
    ['are the burrs steel or ceramic', 'what are the burrs made of', 'ceramic burrs?', 'is {p} using steel burrs', 'what material is the burr'],
  ] },
  { products: ['phone case', 'case', 'cover'], intents: [
    ['does the {p} work with wireless charging', 'can i wireless charge through {p}', 'magsafe compatible?', 'will my wireless charger work with it on', 'does it block wireless charging'],
    ['does the {p} turn yellow', 'will {p} go yellow over time', 'does the clear one yellow', 'anti yellowing?', 'will it stay clear'],
    ['does the {p} protect the camera', 'is there a lip around the camera', 'camera protection?', 'does it cover the lenses', 'will my camera get scratched'],
    ['how thick is the {p}', 'is {p} bulky', 'is it slim', 'does it add a lot of bulk', 'thin or thick?'],
  ] },
  { products: ['yoga mat', 'mat', 'exercise mat'], intents: [
    ['is the {p} slippery when sweaty', 'will i slide on {p} in hot yoga', 'grip when wet?', 'does it get slippy with sweat', 'good grip for sweaty hands?'],
    ['does the {p} smell', 'does {p} have a rubber smell', 'any chemical smell?', 'does it stink when new', 'how long until the smell goes'],
    ['how thick is the {p}', 'is {p} thick enough for my knees', 'what thickness', 'is it 6mm or thinner', 'thick enough for bad knees?'],
    ['does the {p} come with a strap', 'is there a carry strap', 'strap included?', 'can i carry {p} over my shoulder', 'does it have a bag'],
  ] },
  { products: ['face cream', 'moisturiser', 'serum'], intents: [
    ['is the {p} ok for sensitive skin', 'will {p} irritate sensitive skin', 'sensitive skin friendly?', 'my skin reacts to everything, is this ok', 'good for easily irritated skin'],
    ['does the {p} have fragrance', 'is {p} fragrance free', 'unscented?', 'does it smell of perfume', 'any added scent'],
    ['can i use the {p} with retinol', 'ok to layer {p} with retinol', 'retinol together?', 'will it react with my retinol', 'can i mix it with my retinol serum'],
    ['will the {p} break me out', 'does {p} clog pores', 'non comedogenic?', 'is it ok for acne prone skin', 'will it give me spots'],
  ] },
  { products: ['backpack', 'bag', 'rucksack'], intents: [
    ['does the {p} fit a 16 inch laptop', 'can i put my 16" laptop in {p}', 'laptop sleeve size?', 'will a big laptop fit', 'how big a laptop does it take'],
    ['is the {p} waterproof', 'will {p} keep my stuff dry in rain', 'rainproof?', 'does water get in', 'can i use it in heavy rain'],
    ['can the {p} go as carry on', 'is {p} cabin size', 'will it fit under the plane seat', 'ok for hand luggage?', 'does it meet carry on limits'],
    ['does the {p} have a luggage strap', 'can i slide {p} onto my suitcase handle', 'trolley sleeve?', 'will it sit on a roller bag', 'is there a pass through for luggage'],
  ] },
  { products: ['headphones', 'earbuds', 'headset'], intents: [
    ['do the {p} have noise cancelling', 'is there anc on {p}', 'noise cancelling?', 'do they block out sound', 'will they cancel plane noise'],
    ['can i use the {p} for calls', 'is there a mic on {p}', 'mic quality ok for zoom?', 'do they have a microphone', 'good for phone calls?'],
    ['do the {p} connect to two devices', 'multipoint?', 'can {p} pair with my laptop and phone at once', 'do they switch between devices', 'two phones at the same time?'],
    ['are the {p} sweat proof', 'can i run in {p}', 'ok for the gym?', 'are they water resistant for workouts', 'will sweat ruin them'],
  ] },
  { products: ['sofa cover', 'couch cover', 'slipcover'], intents: [
    ['will the {p} fit a three seater', 'does {p} fit a 3 seat sofa', 'size for a big couch?', 'what sofa sizes does it fit', 'is it for two or three seats'],
    ['does the {p} stay in place', 'does {p} slide off when you sit', 'will it keep slipping', 'does it stay tucked', 'does it move around'],
    ['is the {p} pet hair resistant', 'does cat hair stick to {p}', 'easy to get dog hair off?', 'will fur cling to it', 'good with pets shedding'],
    ['can the {p} go in the washing machine', 'is {p} machine washable', 'washable?', 'how do i wash it', 'can i wash it at 40'],
  ] },
  { products: ['kids bike', 'balance bike', 'bike'], intents: [
    ['what age is the {p} for', 'is {p} ok for a 3 year old', 'age range?', 'my son is 4, is it too small', 'from what age can they ride it'],
    ['does the {p} come assembled', 'do i have to build {p}', 'assembly needed?', 'how long to put together', 'does it arrive in one piece'],
    ['can the seat on the {p} be raised', 'is the {p} seat height adjustable', 'will it grow with my kid', 'adjustable saddle?', 'how high does the seat go'],
    ['does the {p} have brakes', 'are there brakes on {p}', 'hand brake?', 'how does it stop', 'any brakes or just feet'],
  ] },
  { products: ['tea', 'green tea', 'oolong'], intents: [
    ['how many times can you steep the {p}', 'can i rebrew {p}', 'how many infusions', 'can you reuse the leaves', 'multiple steeps?'],
    ['does the {p} have caffeine', 'is {p} caffeinated', 'ok to drink before bed?', 'will it keep me awake', 'caffeine free?'],
    ['what temperature water for the {p}', 'boiling water ok for {p}', 'how hot should the water be', 'brew temp?', 'do i let the kettle cool first'],
    ['is the {p} loose leaf or bags', 'does {p} come in tea bags', 'teabags?', 'is it loose', 'do i need a strainer'],
  ] },
  { products: ['protein powder', 'whey', 'shake'], intents: [
    ['does the {p} mix well', 'is {p} clumpy', 'does it dissolve in water', 'any lumps when shaking', 'mixes smooth?'],
    ['how much protein per scoop of {p}', 'grams of protein per serving', 'protein content?', 'how many g protein in one scoop', 'protein per serve'],
    ['is the {p} ok for lactose intolerance', 'does {p} have lactose', 'lactose free?', 'will it upset my stomach if im lactose intolerant', 'dairy free?'],
    ['what does the {p} taste like', 'is {p} too sweet', 'taste?', 'does it have an aftertaste', 'how does the chocolate one taste'],
  ] },
  { products: ['desk lamp', 'lamp', 'light'], intents: [
    ['can you dim the {p}', 'is {p} dimmable', 'brightness levels?', 'does it have a dimmer', 'can i make it less bright'],
    ['does the {p} flicker', 'is {p} flicker free', 'flicker on camera?', 'will it flicker when filming', 'no flicker?'],
    ['can the {p} change colour temperature', 'does {p} do warm and cool light', 'warm white?', 'can i switch to yellow light', 'colour temp adjustable?'],
    ['does the {p} need to be plugged in', 'is {p} battery powered', 'cordless?', 'does it run on batteries', 'can it work without a socket'],
  ] },
  { products: ['sneakers', 'running shoes', 'trainers'], intents: [
    ['do the {p} run small', 'should i size up in {p}', 'true to size?', 'do they fit big or small', 'go half a size up?'],
    ['are the {p} good for wide feet', 'is {p} wide enough', 'wide fit?', 'my feet are wide will they pinch', 'roomy toe box?'],
    ['are the {p} good for running', 'can i run a marathon in {p}', 'ok for long runs?', 'are they for running or just walking', 'good for jogging'],
    ['are the {p} waterproof', 'will my feet stay dry in {p}', 'do they let water in', 'ok in puddles?', 'water resistant?'],
  ] },
  { products: ['blender', 'smoothie maker', 'mixer'], intents: [
    ['can the {p} crush ice', 'will {p} blend ice', 'ice ok?', 'strong enough for frozen fruit', 'does it handle ice cubes'],
    ['is the jug of the {p} glass or plastic', 'what is the {p} jar made of', 'glass jug?', 'is it bpa free plastic', 'plastic or glass?'],
    ['is the {p} loud', 'how noisy is the {p}', 'will it wake the baby', 'is it quiet', 'noise level?'],
    ['can i blend hot soup in the {p}', 'is {p} ok for hot liquids', 'hot soup?', 'can it take boiling stuff', 'will hot food crack the jug'],
  ] },
  { products: ['candle', 'scented candle', 'wax melt'], intents: [
    ['how long does the {p} burn', 'burn time?', 'how many hours does {p} last', 'how long till it runs out', 'how long will one last'],
    ['is the {p} strong smelling', 'does {p} fill a room', 'scent throw?', 'can you smell it across the room', 'is the smell subtle or strong'],
    ['what is the {p} made of', 'is {p} soy wax', 'paraffin?', 'what wax do you use', 'natural wax?'],
    ['is the {p} safe around cats', 'is {p} pet safe', 'ok with dogs in the house?', 'are the oils toxic to pets', 'safe for my cat'],
  ] },
  { products: ['stroller', 'pram', 'buggy'], intents: [
    ['does the {p} fold with one hand', 'is {p} easy to fold', 'one hand fold?', 'how quickly does it fold', 'can i fold it holding the baby'],
    ['can the {p} fit in a small car boot', 'how big is {p} folded', 'folded size?', 'will it go in a hatchback', 'does it fit in the trunk'],
    ['from what age can the {p} be used', 'is {p} ok for a newborn', 'newborn?', 'can a baby lie flat in it', 'suitable from birth?'],
    ['does the {p} recline', 'can the seat lie down', 'recline for naps?', 'does the back go flat', 'how far back does it go'],
  ] },
  { products: ['tent', 'camping tent', 'dome tent'], intents: [
    ['how many people fit in the {p}', 'is {p} a two person', 'how many can sleep in it', 'room for 3?', 'sleeps how many'],
    ['how heavy is the {p}', 'is {p} light enough for backpacking', 'weight?', 'how much does it weigh packed', 'can i hike with it'],
    ['how long does the {p} take to set up', 'is {p} easy to pitch', 'can one person put it up', 'setup time?', 'hard to set up alone?'],
    ['is the {p} ok in heavy rain', 'does {p} leak in a storm', 'waterproof rating?', 'will it keep us dry', 'how waterproof is it'],
  ] },
  { products: ['skipping rope', 'jump rope', 'rope'], intents: [
    ['can you adjust the length of the {p}', 'is {p} adjustable', 'will it fit someone short', 'how do i shorten it', 'adjustable length?'],
    ['does the {p} count jumps', 'is there a counter on {p}', 'does it track skips', 'counter?', 'can it count for me'],
    ['is the {p} ok on concrete', 'will {p} wear out outside', 'can i use it on the road', 'outdoor use?', 'will the cable fray on asphalt'],
    ['are the {p} handles comfy', 'do the {p} handles slip', 'grip on the handles?', 'are the handles foam', 'will my hands slide off'],
  ] },
];

/** Questions any shop gets, not tied to one product: each its own intent. */
export const EN_SHOP_INTENTS: string[][] = [
  ['how long does delivery take', 'when will it arrive', 'how many days to ship', 'delivery time?', 'how fast do you ship'],
  ['is shipping free', 'do i pay for shipping', 'free delivery?', 'how much is postage', 'is there a shipping fee'],
  ['can i return it if it does not fit', 'what is your return policy', 'returns?', 'can i send it back', 'how many days to return'],
  ['do you ship to canada', 'can you deliver to canada', 'ship to canada?', 'do you send orders to canada', 'canada shipping available?'],
  ['can i pay with paypal', 'do you take paypal', 'paypal?', 'is paypal accepted', 'pay via paypal ok'],
  ['is there a discount code', 'any coupon today', 'promo code?', 'do you have a discount for first orders', 'any deals right now'],
  ['when does the stream end', 'how long are you live today', 'what time do you finish', 'are you on much longer', 'how long is the live'],
  ['do you have a warranty', 'what is the guarantee', 'warranty?', 'how long is it guaranteed', 'what if it breaks after a month'],
  ['can i track my order', 'is there a tracking number', 'tracking?', 'how do i see where my parcel is', 'will i get tracking'],
  ['can i change my order after paying', 'how do i edit my order', 'can i add something to my order', 'change address after ordering?', 'can i still edit what i ordered'],
];
