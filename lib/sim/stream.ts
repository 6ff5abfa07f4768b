/**
 * One show, simulated one second at a time so a generator can hand out events with bounded memory:
 * pitch markers, joins, viewer readings, comments, purchases, likes, gifts, follows and the host's
 * and moderator's replies, each chat line with its ground truth.
 */
import type { Product } from '../catalog';
import type { LogEvent } from '../events/event-log';
import type { Act, ActContext } from './chat/acts';
import { chooseAct } from './chat/acts';
import { OpenQuestions, answerable, reply, type ReplyContext } from './chat/host';
import { actLine, purchasedLine, reaskLine, type LineContext, type LineTruth } from './chat/lines';
import type { ShopContext } from './context';
import { formatPrice } from './facts';
import type { Viewer } from './model/audience';
import { planShow } from './model/plan';
import { ChatRate } from './model/chat-rate';
import { Presence } from './model/presence';
import { reactions } from './chat/reactions';
import type { Rng } from './rng';
import { bankOf } from './chat/lines';
import { fill, productRef } from './text/render';
import type { CommentTruth, PurchaseTruth, Segment, SimItem, StreamTruth } from './types';
import { viewerTruth } from './viewer-truth';

const TICK = 1000;
const DAY = 86_400_000;
/** Purchase rate per ms while the product is pitched, per unit of propensity × interest². */
const BUY_ON = 1 / 1_800_000;
/** The same away from its pitch, per product (a viewer browsing the cart on their own). */
const BUY_OFF = BUY_ON / 25;
const MAX_ACTIVITY = 8;
const MAX_PROPENSITY = 4;

const STAFF = [
  { who: 'host', role: 'owner' },
  { who: 'moderator', role: 'moderator' },
] as const;

interface Reask {
  at: number;
  v: Viewer;
  act: Extract<Act, { kind: 'question' }>;
  key: string;
  /** The pitched product when first asked. */
  sku: string | null;
  /** The first question's id (set when it is handed out). */
  id: string;
}

interface Draft {
  ts: number;
  ev: Omit<LogEvent, 'id' | 'ts' | 'platform' | 'streamKey'>;
  truth?: LineTruth & { viewer: string; role: CommentTruth['role'] };
  /** Asker's display name, so the host can @mention them. */
  asker?: string;
  purchase?: Omit<PurchaseTruth, 'id' | 'ts'>;
  /** The asker will come back to this question if nobody answers it. */
  reask?: Reask;
  /** Delay after which the moderator deletes this line. */
  deleteAfter?: number;
}

export class StreamRun {
  readonly start: number;
  readonly end: number;
  readonly segments: Segment[];
  private readonly rng: Rng;
  private readonly presence: Presence;
  private readonly stockLeft = new Map<string, number | undefined>();
  private readonly purchases: PurchaseTruth[] = [];
  private readonly open = new OpenQuestions();
  private readonly future: Draft[] = [];
  private reasks: Reask[] = [];
  private done = false;
  private finished = false;

  /** True once `items()` has run to the end. */
  get generated(): boolean {
    return this.finished;
  }
  private seq = 0;
  private lastTs = -Infinity;

  constructor(
    private readonly shop: ShopContext,
    readonly index: number,
  ) {
    this.rng = shop.rng.fork(`stream:${index}`);
    this.start = shop.start + index * DAY;
    this.end = this.start + Math.round(shop.minutes * 60_000);
    shop.audience.startStream(index);
    this.segments = planShow(shop.catalog, this.start, shop.minutes, this.rng.fork('plan'));
    this.presence = new Presence(shop.audience.viewers, shop.skuIndex, this.rng.fork('presence'), index);
    for (const p of shop.catalog) this.stockLeft.set(p.sku, p.stock);
  }

  *items(): Generator<SimItem> {
    if (this.done) throw new Error(`stream ${this.index} was already generated`);
    this.done = true;
    const { shop, rng } = this;
    const lineCtx: LineContext = { lang: shop.lang, shop: shop.host.name, faq: shop.faqIndex, rng: rng.fork('lines') };
    const replyCtx: ReplyContext = {
      lang: shop.lang,
      product: (sku) => shop.catalog[shop.skuIndex.get(sku) ?? -1],
      stockLeft: (sku) => this.stockLeft.get(sku),
      faq: shop.faqIndex,
      rng: rng.fork('replies'),
      turn: new Map(),
    };
    let segI = 0;
    let seg = this.segments[0] as Segment;
    this.presence.enter(seg, this.start);
    let nextReading = this.start + rng.int(2000, 6000);
    const chat = new ChatRate(this.start, shop.rate);
    for (let t0 = this.start; t0 < this.end; t0 += TICK) {
      const t1 = Math.min(this.end, t0 + TICK);
      const buf: Draft[] = [];
      for (;;) {
        const tSeg = this.segments[segI + 1]?.start ?? Infinity;
        const tPresence = this.presence.peek();
        const tn = Math.min(tSeg, tPresence, nextReading);
        if (tn >= t1) break;
        if (tn === tSeg) {
          const prev = seg;
          seg = this.segments[++segI] as Segment;
          this.presence.enter(seg, tn);
          this.pitchChange(prev, seg, tn, buf);
        } else if (tn === tPresence) {
          const s = this.presence.pop();
          if (s?.arrived) buf.push({ ts: s.t, ev: { kind: 'join', author: this.author(s.v), text: shop.lang === 'zh' ? '来了' : 'joined' } });
        } else {
          buf.push({ ts: tn, ev: { kind: 'viewers', viewers: this.presence.present.length } });
          nextReading = tn + rng.int(5000, 10_000);
        }
      }
      const present = this.presence.present;
      const expected = chat.expected(present.length ? this.presence.sumActivity : 0, seg, t0, t1);
      const pitched = seg.kind === 'pitch' && seg.sku ? (shop.skuIndex.get(seg.sku) ?? -1) : -1;
      if (present.length) {
        const n = rng.poisson(expected);
        chat.count(n);
        this.comments(n, t0, t1, seg, pitched, lineCtx, buf);
        this.buy(Math.max(t0, seg.start), t1, pitched, lineCtx, buf);
        for (const r of reactions(present, seg, t0, t1, shop.lang, rng)) {
          buf.push({ ts: r.ts, ev: { kind: r.kind, author: this.author(r.viewer), ...(r.count !== undefined ? { count: r.count } : {}), ...(r.gift ? { gift: r.gift } : {}), text: r.text } });
        }
      }
      this.replies(t0, t1, pitched >= 0 ? seg.sku : null, replyCtx, buf);
      chat.count(this.reask(t0, t1, seg, lineCtx, buf));
      for (let i = this.future.length - 1; i >= 0; i--) {
        const f = this.future[i] as Draft;
        if (f.ts < t1) {
          buf.push(f);
          this.future.splice(i, 1);
        }
      }
      yield* this.flush(buf);
    }
    this.presence.close(this.end);
    this.finished = true;
  }

  /** Ground truth known once the stream is generated (comments are handed out with the events). */
  truth(): Omit<StreamTruth, 'comments'> {
    const { shop } = this;
    return {
      stream: this.index,
      platform: shop.platform,
      streamKey: shop.streamKey,
      lang: shop.lang,
      seed: shop.seed,
      start: this.start,
      end: this.end,
      segments: this.segments.map((s) => ({ ...s })),
      purchases: [...this.purchases],
      viewers: shop.audience.viewers.filter((v) => v.visited).map((v) => viewerTruth(v, shop, this.index)),
    };
  }

  private author(v: Viewer): { name: string; id: string; role: 'viewer' } {
    return { name: v.name, id: v.id, role: 'viewer' };
  }

  private productRef(p: Product): { ref: string; title: string; price?: string } {
    const price = formatPrice(p);
    return { ref: p.number ? `#${p.number}` : p.title, title: p.title, ...(price ? { price } : {}) };
  }

  private pitchChange(prev: Segment, seg: Segment, ts: number, buf: Draft[]): void {
    const { shop } = this;
    const p = seg.kind === 'pitch' && seg.sku ? shop.catalog[shop.skuIndex.get(seg.sku) ?? -1] : undefined;
    if (p) {
      buf.push({ ts, ev: { kind: 'product', text: p.title, product: this.productRef(p), pitch: { sku: p.sku } } });
      // The moderator announces the listing number, when the product has one.
      if (this.rng.chance(0.5) && p.number) {
        const bank = bankOf(shop.lang);
        const text = fill(this.rng.pick(bank.linkUp), { n: p.number, ref: productRef(p, shop.lang, this.rng) });
        this.future.push({
          ts: ts + this.rng.int(5000, 25_000),
          ev: { kind: 'comment', author: { ...shop.moderator, role: 'moderator' }, text },
          truth: { intent: 'chitchat', sentiment: 'neutral', lang: shop.lang, sku: p.sku, question: null, viewer: shop.moderator.id, role: 'moderator' },
        });
      }
    } else if (prev.kind === 'pitch') buf.push({ ts, ev: { kind: 'product', pitch: { sku: null } } });
  }

  private comments(n: number, t0: number, t1: number, seg: Segment, pitched: number, lineCtx: LineContext, buf: Draft[]): void {
    const { shop, rng } = this;
    const present = this.presence.present;
    const act: ActContext = { catalog: shop.catalog, pitched, seg, now: t0, soldOut: (p) => this.stockLeft.get(p.sku) === 0, rng };
    for (let i = 0; i < n; i++) {
      let v = rng.pick(present);
      // Thinning: heavy chatters speak more often.
      while (rng.next() * MAX_ACTIVITY > v.activity) v = rng.pick(present);
      // Said after the speaker arrived and after the current segment began (it may have begun this tick).
      const ts = Math.min(t1, Math.max(t0 + rng.int(0, TICK - 1), v.joinedAt + 1, seg.start));
      act.now = ts;
      const a = chooseAct(v, act);
      if (a.kind === 'greeting') v.greeted = true;
      const line = actLine(v, a, lineCtx);
      // Some askers come back to a question nobody answered.
      const draft: Draft = { ts, ev: { kind: 'comment', author: this.author(v), text: line.text }, truth: { ...line.truth, viewer: v.id, role: 'viewer' }, asker: v.name };
      if (a.kind === 'question' && line.truth.question && rng.chance(0.2)) {
        draft.reask = { at: ts + rng.int(30_000, 60_000), v, act: { ...a, variant: line.truth.variant ?? null }, key: line.truth.question, sku: seg.sku, id: '' };
      }
      // The moderator removes some of the spam a few seconds later.
      if (a.kind === 'spam' && rng.chance(0.4)) {
        draft.deleteAfter = rng.int(3000, 15_000);
        (draft.truth as LineTruth).deleted = true;
      }
      buf.push(draft);
    }
  }

  /** Re-asks due this tick; returns how many were said. */
  private reask(t0: number, t1: number, seg: Segment, lineCtx: LineContext, buf: Draft[]): number {
    if (!this.reasks.length) return 0;
    const due = this.reasks.filter((r) => r.at < t1);
    if (!due.length) return 0;
    let said = 0;
    this.reasks = this.reasks.filter((r) => r.at >= t1);
    for (const r of due) {
      if (!r.v.present || !this.open.isOpen(r.key, r.id)) continue;
      // "This one" only still works while the same product is up.
      const act = { ...r.act, deictic: r.act.deictic && seg.kind === 'pitch' && seg.sku === r.sku };
      const line = reaskLine(r.v, act, r.id, lineCtx);
      if (line.truth.question !== r.key) continue;
      const ts = Math.max(r.at, t0, seg.start);
      said++;
      buf.push({ ts, ev: { kind: 'comment', author: this.author(r.v), text: line.text }, truth: { ...line.truth, viewer: r.v.id, role: 'viewer' }, asker: r.v.name });
    }
    return said;
  }

  private available(p: Product, v: Viewer): boolean {
    return this.stockLeft.get(p.sku) !== 0 && !v.bought.has(p.sku);
  }

  private buy(t0: number, t1: number, pitched: number, lineCtx: LineContext, buf: Draft[]): void {
    const { shop, rng } = this;
    const present = this.presence.present;
    const dt = t1 - t0;
    const pitchedP = pitched >= 0 ? shop.catalog[pitched] : undefined;
    if (pitchedP) {
      const n = rng.poisson(present.length * BUY_ON * MAX_PROPENSITY * dt);
      for (let i = 0; i < n; i++) {
        const v = rng.pick(present);
        const I = v.interests[pitched] ?? 0;
        if (this.available(pitchedP, v) && rng.next() * MAX_PROPENSITY < v.propensity * I * I) this.purchase(v, pitchedP, true, t0, t1, lineCtx, buf);
      }
    }
    const m = shop.catalog.length;
    const n = rng.poisson(present.length * BUY_OFF * MAX_PROPENSITY * m * dt);
    for (let i = 0; i < n; i++) {
      const v = rng.pick(present);
      const w = shop.catalog.map((p, j) => (j !== pitched && this.available(p, v) ? (v.interests[j] ?? 0) ** 2 : 0));
      const sum = w.reduce((s, x) => s + x, 0);
      if (sum > 0 && rng.next() * MAX_PROPENSITY * m < v.propensity * sum) this.purchase(v, shop.catalog[rng.weighted(w)] as Product, false, t0, t1, lineCtx, buf);
    }
  }

  private purchase(v: Viewer, p: Product, during: boolean, t0: number, t1: number, lineCtx: LineContext, buf: Draft[]): void {
    const { shop, rng } = this;
    const ts = Math.max(rng.int(t0, t1 - 1), v.joinedAt + 1);
    v.bought.add(p.sku);
    const left = this.stockLeft.get(p.sku);
    if (left !== undefined) this.stockLeft.set(p.sku, left - 1);
    const text = shop.lang === 'zh' ? `购买了${p.title}` : `bought ${p.title}`;
    buf.push({
      ts,
      ev: { kind: 'purchase', author: this.author(v), text, product: this.productRef(p), ...(p.price !== undefined ? { amount: p.price, currency: p.currency } : {}) },
      purchase: { viewer: v.id, sku: p.sku, duringPitch: during },
    });
    if (rng.chance(0.35)) {
      const line = purchasedLine(v, p, lineCtx);
      this.future.push({ ts: ts + rng.int(2000, 15_000), ev: { kind: 'comment', author: this.author(v), text: line.text }, truth: { ...line.truth, viewer: v.id, role: 'viewer' } });
    }
  }

  private replies(t0: number, t1: number, pitchedSku: string | null, c: ReplyContext, buf: Draft[]): void {
    const { shop, rng } = this;
    this.open.prune(t0);
    if (!this.open.size) return;
    const s = (t1 - t0) / 1000;
    // The host answers anything (more often while pitching); the moderator takes the shop questions.
    for (const st of STAFF) {
      if (!rng.chance((st.role === 'owner' ? (pitchedSku ? 1 / 40 : 1 / 80) : 1 / 60) * s)) continue;
      const q = this.open.take((x) => (st.role === 'owner' || x.sku === null) && answerable(x, c), pitchedSku);
      const r = q && reply(q, c);
      if (!r) continue;
      buf.push({
        ts: t0 + rng.int(0, TICK - 1),
        ev: { kind: 'comment', author: { ...shop[st.who], role: st.role }, text: r.text },
        truth: { ...r.truth, viewer: shop[st.who].id, role: st.role },
      });
    }
  }

  private *flush(buf: Draft[]): Generator<SimItem> {
    const { shop } = this;
    // Array sort is stable: drafts at the same time keep the order they were made in.
    buf.sort((a, b) => a.ts - b.ts);
    for (const d of buf) {
      // Strictly increasing times (a clash moves the later event 1 ms on).
      d.ts = Math.max(d.ts, this.lastTs + 1);
      this.lastTs = d.ts;
      const id = `sim${this.index}-${++this.seq}`;
      const { kind, ...rest } = d.ev;
      const event: LogEvent = { platform: shop.platform, streamKey: shop.streamKey, kind, id, ts: d.ts, ...rest };
      const item: SimItem = { event };
      if (d.truth) {
        const { viewer, role, ...line } = d.truth;
        const comment: CommentTruth = { id, ts: d.ts, viewer, role, ...line };
        item.comment = comment;
        if (comment.question && d.asker !== undefined) this.open.add(comment, d.asker, shop.lang);
        if (d.reask) this.reasks.push({ ...d.reask, id });
        if (d.deleteAfter !== undefined) {
          this.future.push({ ts: d.ts + d.deleteAfter, ev: { kind: 'deletion', author: { ...shop.moderator, role: 'moderator' }, targetId: id } });
        }
      }
      if (d.purchase) {
        const p: PurchaseTruth = { id, ts: d.ts, ...d.purchase };
        this.purchases.push(p);
        item.purchase = p;
      }
      yield item;
    }
  }
}
