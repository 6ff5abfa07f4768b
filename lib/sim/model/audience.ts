/**
 * The shop's audience: a pool of people who may watch, kept across the shop's streams so returning
 * viewers keep their names, ids and tastes. Each stream adds newcomers; earlier viewers come back
 * with a probability that grows with their loyalty.
 */
import type { Product } from '../../catalog';
import type { Rng } from '../rng';
import { drawName } from '../text/names';
import { drawInterests, drawTagAffinity, type ShopTastes } from './interests';

export interface Viewer {
  serial: number;
  id: string;
  name: string;
  lang: 'en' | 'zh' | 'mixed';
  spammer: boolean;
  /** First stream the viewer watched, -1 before the first visit. */
  firstStream: number;
  /** Streams watched before the current one. */
  visits: number;
  /** Interest 0..1 per catalog product (catalog order). */
  interests: number[];
  /** Affinity 0..1 per shop tag (ShopTastes.tags order). */
  tags: number[];
  /** Comment rate multiplier (heavy-tailed: a few viewers say most of the chat). */
  activity: number;
  /** Buying propensity multiplier. */
  propensity: number;
  /** How likely the viewer is to come back to a later show. */
  loyalty: number;
  /** Leave-rate multiplier. */
  restless: number;
  /** The stream at which the viewer joined the pool. */
  pooled: number;
  // Per-stream state, reset by `startStream`.
  comes: number;
  present: boolean;
  slot: number;
  joinedAt: number;
  greeted: boolean;
  version: number;
  visited: boolean;
  sessions: [number, number][];
  bought: Set<string>;
}

export interface AudienceConfig {
  lang: 'en' | 'zh';
  platform: 'tiktok' | 'douyin';
  /** Newcomers in the first stream; later streams add 70% of that. */
  newcomers: number;
  /** Share of non-spam viewers who lurk (activity ÷ LURK_QUIET); 0 draws nothing, so output is unchanged. */
  lurkers: number;
}

/** How much less a lurker speaks than their drawn activity says. */
export const LURK_QUIET = 20;

export class Audience {
  readonly viewers: Viewer[] = [];

  get tagNames(): readonly string[] {
    return this.tastes.tags;
  }

  constructor(
    private readonly cfg: AudienceConfig,
    private readonly catalog: readonly Product[],
    private readonly tastes: ShopTastes,
    private readonly rng: Rng,
  ) {}

  /** Adds the stream's newcomers and sets everyone's chance of showing up today. */
  startStream(stream: number): void {
    const n = Math.round(this.cfg.newcomers * (stream === 0 ? 1 : 0.7));
    for (let i = 0; i < n; i++) this.viewers.push(this.newViewer(stream));
    for (const v of this.viewers) {
      if (v.visited) v.visits++;
      // Newcomers found the show today; past viewers return by loyalty; people who saw the show in
      // their feed before but never came stay a weak pull.
      v.comes = v.visits > 0 ? 0.15 + 1.1 * v.loyalty : v.pooled === stream ? 1 : 0.3;
      v.present = false;
      v.slot = -1;
      v.joinedAt = 0;
      v.greeted = false;
      v.visited = false;
      v.sessions = [];
      v.bought = new Set();
    }
  }

  private newViewer(stream: number): Viewer {
    const r = this.rng;
    const serial = this.viewers.length;
    const spammer = r.chance(0.015);
    const other = r.next();
    // An English show has some Chinese-speaking and bilingual viewers, and the other way round.
    const lang: Viewer['lang'] = spammer ? this.cfg.lang : other < 0.05 ? (this.cfg.lang === 'en' ? 'zh' : 'en') : other < 0.12 ? 'mixed' : this.cfg.lang;
    const nameLang = lang === 'mixed' ? this.cfg.lang : lang;
    const { name, id } = drawName(nameLang, this.cfg.platform, spammer, serial, r);
    const tags = drawTagAffinity(this.tastes, r);
    const v: Viewer = {
      serial,
      id,
      name,
      lang,
      spammer,
      pooled: stream,
      firstStream: -1,
      visits: 0,
      interests: drawInterests(this.catalog, this.tastes, tags, r),
      tags,
      activity: spammer ? 3 : Math.min(8, Math.exp(0.9 * r.normal() - 0.2)),
      propensity: spammer ? 0 : Math.min(4, Math.exp(0.7 * r.normal() - 0.2)),
      loyalty: r.next(),
      restless: Math.exp(0.4 * r.normal()),
      comes: 0,
      present: false,
      slot: -1,
      joinedAt: 0,
      greeted: false,
      version: 0,
      visited: false,
      sessions: [],
      bought: new Set(),
    };
    // Drawn last and only when asked for, so the default keeps every seed's output byte-identical.
    if (this.cfg.lurkers > 0 && !spammer && r.chance(this.cfg.lurkers)) v.activity /= LURK_QUIET;
    return v;
  }
}
