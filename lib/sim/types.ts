import type { FaqEntry, Product } from '../catalog';
import type { LogEvent } from '../events/event-log';
import type { PlatformId } from '../events/live-event';
import type { Intent, Sentiment } from '../ml/labels';

export type SimLang = 'en' | 'zh';

export interface SimOptions {
  /** Main language of the show: 'en' = TikTok LIVE style, 'zh' = Douyin style. */
  lang: SimLang;
  /** Length of each stream in minutes (default 30). */
  minutes?: number;
  /** Any integer; the same seed gives byte-identical output (default 1). */
  seed?: number;
  /** Streams of the same shop, one per day, sharing a returning audience (default 1). */
  streams?: number;
  /** The shop's catalog (default: the demo shop of `lang`, see lib/sim/shops). */
  catalog?: readonly Product[];
  /** Instead of a catalog: generate one of this many products (seeded; lib/sim/gen), with the demo shop's FAQ. */
  products?: number;
  /** The shop's FAQ (default: the demo shop's). */
  faq?: readonly FaqEntry[];
  /** Shop handle used in the streamKey and the host's name (default: the demo shop's). */
  shop?: string;
  /**
   * Target mean viewer-comment rate in messages per second. Unset = the natural rate that follows
   * from the audience (≈ 0.6-2.2 msg/s for the demo shops, README). Set, the rate is scaled to this mean while
   * keeping its shape (it still rises and falls with the audience).
   */
  rate?: number;
  /** Multiplies the audience size (pool of potential viewers) — default 1 (≈ 70-230 watching on average, README). */
  viewerScale?: number;
  /**
   * Share (0..1) of viewers who lurk: they watch, join and buy like anyone else but speak 20× less
   * (default 0 = everyone chats at their drawn activity; README "Lurkers"). Independent of tastes.
   */
  lurkers?: number;
  /** Epoch ms of the first stream's start (default: 19:00 UTC on a day derived from the seed). */
  startTs?: number;
}

/** The kinds of questions viewers ask. Product questions get `${sku}:${type}` keys, shop ones `shop:${type}`. */
export const PRODUCT_QUESTIONS = ['price', 'size', 'colour', 'stock', 'material', 'fit'] as const;
export const SHOP_QUESTIONS = ['shipping_time', 'shipping_cost', 'international', 'returns', 'payment', 'authenticity', 'discount', 'next_live'] as const;
export type ProductQuestion = (typeof PRODUCT_QUESTIONS)[number];
export type ShopQuestion = (typeof SHOP_QUESTIONS)[number];
export type QuestionType = ProductQuestion | ShopQuestion;

/** Ground truth of one chat line (viewer comments and the host's/moderator's replies). */
export interface CommentTruth {
  /** The event id. */
  id: string;
  ts: number;
  viewer: string;
  role: 'viewer' | 'owner' | 'moderator';
  intent: Intent;
  sentiment: Sentiment;
  lang: 'en' | 'zh' | 'mixed';
  /** The catalog product the line is about, or null. */
  sku: string | null;
  /**
   * What the line asks: `${sku}:${topic}` or `shop:${topic}`, plus `:${variant}` when it names a size
   * or colour (`GT-HOOD-01:size:M`). Paraphrased repeats share it. null = not a question.
   */
  question: string | null;
  /** The kind of question (price, size, colour, stock, material, fit, shipping_time, returns…). */
  topic?: QuestionType;
  /** A size or colour the question names ("M", "black"), when it names one. */
  variant?: string;
  /** The product is only implied by the pitch ("how much is this one"). */
  deictic?: boolean;
  /** The FAQ entry that answers the question, when the FAQ has one. */
  faq?: string | null;
  /** Replies: the ids of the questions this line answers (all open ones with its key). */
  answers?: string[];
  /** Replies: the question key answered. */
  answersKey?: string;
  /** The viewer asks again because nobody answered: the id of their unanswered question (same key). */
  reaskOf?: string;
  /** A moderator removed the line later (a `deletion` event targets it). */
  deleted?: boolean;
  /** Purchase-intent lines said right after the viewer's purchase event ("拍了", "just bought"). */
  afterPurchase?: boolean;
}

export interface Segment {
  start: number;
  end: number;
  /** 'intro' and 'dull' pitch nothing (sku null); a dull segment is small talk, a break, a giveaway wait. */
  kind: 'intro' | 'pitch' | 'dull' | 'outro';
  sku: string | null;
}

export interface PurchaseTruth {
  /** The purchase event's id. */
  id: string;
  ts: number;
  viewer: string;
  sku: string;
  /** The product was being pitched at that moment. */
  duringPitch: boolean;
}

export interface ViewerTruth {
  id: string;
  name: string;
  lang: 'en' | 'zh' | 'mixed';
  /** First stream (0-based) the viewer watched; < this stream's index = a returning viewer. */
  firstStream: number;
  returning: boolean;
  spammer: boolean;
  /** Latent buying propensity (a multiplier, 0 for spam accounts; fixed across streams): purchase rates scale with it. */
  propensity: number;
  /** Latent interest 0..1 per catalog sku (fixed for the viewer across streams). */
  interests: Record<string, number>;
  /** Latent affinity 0..1 per catalog tag. */
  tags: Record<string, number>;
  /** Presence intervals [arrive, leave] in this stream (leave = stream end if still there). */
  sessions: [number, number][];
  /** Skus bought in this stream. */
  bought: string[];
}

export interface StreamTruth {
  stream: number;
  platform: PlatformId;
  streamKey: string;
  lang: SimLang;
  seed: number;
  start: number;
  end: number;
  segments: Segment[];
  comments: CommentTruth[];
  purchases: PurchaseTruth[];
  /** Every viewer who came to this stream. */
  viewers: ViewerTruth[];
}

export interface SimStream {
  events: LogEvent[];
  truth: StreamTruth;
}

export interface SimShop {
  catalog: Product[];
  faq: FaqEntry[];
  streams: SimStream[];
}

/** One step of the streaming generator: an event and, for chat lines, its truth. */
export interface SimItem {
  event: LogEvent;
  comment?: CommentTruth;
  purchase?: PurchaseTruth;
}
