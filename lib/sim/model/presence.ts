/**
 * Who is watching. Each viewer switches between away and watching with rates that depend on the
 * current segment: a product they like pulls them in and keeps them, a dull stretch sends them away.
 * Rates are constant within a segment, so each viewer's next switch is drawn once per segment
 * (exponential waiting time) and kept in a min-heap — cheap even for large audiences.
 */
import type { Rng } from '../rng';
import type { Segment } from '../types';
import type { Viewer } from './audience';

const MIN = 60_000;
/** Arrival rate of a newcomer at neutral pull, per ms. */
const ARRIVE = 1 / (20 * MIN);
/** Leave rate at neutral interest, per ms. */
const LEAVE = 1 / (8 * MIN);

interface Entry {
  t: number;
  v: Viewer;
  version: number;
}

export class Presence {
  /** The viewers watching now (order is arbitrary; `slot` is each one's index). */
  readonly present: Viewer[] = [];
  sumActivity = 0;
  private heap: Entry[] = [];
  private seg: Segment | null = null;
  private skuIndex = -1;

  constructor(
    private readonly viewers: readonly Viewer[],
    private readonly skuToIndex: ReadonlyMap<string, number>,
    private readonly rng: Rng,
    private readonly stream: number,
  ) {}

  /** Enters a new segment at time t: every viewer's next switch is redrawn under the new rates. */
  enter(seg: Segment, t: number): void {
    this.seg = seg;
    this.skuIndex = seg.sku ? (this.skuToIndex.get(seg.sku) ?? -1) : -1;
    this.heap = [];
    for (const v of this.viewers) this.schedule(v, t);
  }

  /** Time of the next switch, Infinity when none. */
  peek(): number {
    return this.heap[0]?.t ?? Infinity;
  }

  /** Applies the next switch; returns the viewer and whether they arrived (true) or left. */
  pop(): { v: Viewer; arrived: boolean; t: number } | null {
    for (;;) {
      const e = this.popEntry();
      if (!e) return null;
      if (e.version !== e.v.version) continue;
      const v = e.v;
      if (v.present) this.remove(v, e.t);
      else this.add(v, e.t);
      this.schedule(v, e.t);
      return { v, arrived: v.present, t: e.t };
    }
  }

  private pull(v: Viewer): number {
    const kind = this.seg?.kind;
    if (v.spammer) return 0.8;
    if (kind === 'pitch') return 0.4 + 1.2 * (v.interests[this.skuIndex] ?? 0.4);
    return kind === 'intro' ? 1.3 : kind === 'dull' ? 0.35 : 0.3;
  }

  private push(v: Viewer): number {
    const kind = this.seg?.kind;
    if (v.spammer) return 1;
    if (kind === 'pitch') return 1.6 - 1.2 * (v.interests[this.skuIndex] ?? 0.4);
    return kind === 'intro' ? 0.7 : kind === 'dull' ? 2.6 : 1.8;
  }

  private schedule(v: Viewer, t: number): void {
    v.version++;
    // Someone who already left this show comes back less readily.
    const rate = v.present ? LEAVE * v.restless * this.push(v) : ARRIVE * v.comes * this.pull(v) * (v.sessions.length ? 0.35 : 1);
    const dt = this.rng.exp(rate);
    if (Number.isFinite(dt)) this.pushEntry({ t: t + Math.max(1, Math.round(dt)), v, version: v.version });
  }

  private add(v: Viewer, t: number): void {
    if (v.firstStream < 0) v.firstStream = this.stream;
    v.present = true;
    v.slot = this.present.length;
    v.joinedAt = t;
    v.visited = true;
    v.sessions.push([t, t]);
    this.present.push(v);
    this.sumActivity += v.activity;
  }

  private remove(v: Viewer, t: number): void {
    const last = this.present.pop() as Viewer;
    if (last !== v) {
      this.present[v.slot] = last;
      last.slot = v.slot;
    }
    v.present = false;
    v.slot = -1;
    const s = v.sessions[v.sessions.length - 1];
    if (s) s[1] = t;
    this.sumActivity -= v.activity;
  }

  /** Closes every open session at the end of the show. */
  close(t: number): void {
    for (const v of this.present) {
      const s = v.sessions[v.sessions.length - 1];
      if (s) s[1] = t;
    }
  }

  private pushEntry(e: Entry): void {
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (before(h[p] as Entry, e)) break;
      h[i] = h[p] as Entry;
      i = p;
    }
    h[i] = e;
  }

  private popEntry(): Entry | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (!top || !last || !h.length) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= h.length) break;
      const r = l + 1;
      const c = r < h.length && before(h[r] as Entry, h[l] as Entry) ? r : l;
      if (before(last, h[c] as Entry)) break;
      h[i] = h[c] as Entry;
      i = c;
    }
    h[i] = last;
    return top;
  }
}

/** Heap order: time, then serial, so equal times pop in a fixed order. */
const before = (a: Entry, b: Entry): boolean => a.t < b.t || (a.t === b.t && a.v.serial <= b.v.serial);
