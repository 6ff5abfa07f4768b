import type { LiveEvent } from '../events/live-event';
import type { CaptureState } from '../db/schema';
import type { PlatformAdapter, ParsedRow } from '../platforms/types';
import { BoundedSet } from './bounded-set';
import { rowFingerprint } from './fingerprint';
import { computeHealth } from './health';
import { cleanRow } from './limits';
import { matchCopies, type OldRow } from './rerender';

export interface CaptureEnv {
  doc: Document;
  url: () => string;
  now: () => number;
  setInterval: (fn: () => void, ms: number) => unknown;
  clearInterval: (id: unknown) => void;
  setTimeout: (fn: () => void, ms: number) => unknown;
  MutationObserver: typeof MutationObserver;
}

export interface CaptureSink {
  emit(event: LiveEvent): void;
  health(h: { state: CaptureState; detail: string }): void;
  attached?(container: Element): void;
}

/** What a row was sent as (id '' for history rows present at attach, which are never sent); seq: send order. */
type Sent = { id: string; print: string; row: ParsedRow; seq: number };

const RETRIES = 6;
const RETRY_MS = 120;
const VIEWER_REPEAT_MS = 30_000;
/** How long rows taken off the page stay candidates for a re-render that comes in a later batch. */
const RERENDER_WINDOW_MS = 1000;

/**
 * The observer core shared by every platform: attach to the chat container, baseline the rows
 * already there, emit each new row once (platform id, else row identity, else — for recycled
 * virtual-list rows — a change of content), honour deletions, re-parse rows that fill in late,
 * keep the max of a growing gift streak, and rebind when the page replaces the container.
 */
export function startCapture(adapter: PlatformAdapter, env: CaptureEnv, sink: CaptureSink): () => void {
  const streamKey = adapter.roomKey(new URL(env.url()));
  if (!streamKey) {
    sink.health({ state: 'unsupported', detail: 'not a live room page' });
    return () => {};
  }
  const nonce = Math.random().toString(36).slice(2, 8);
  const startedAt = env.now();
  const seenIds = new BoundedSet<string>(5000);
  const seenRows = new WeakSet<Element>();
  const emitted = new WeakMap<Element, Sent>();
  const deletedRows = new WeakSet<Element>();
  const pendingRecheck = new Set<Element>();
  let counter = 0;
  let sendSeq = 0;
  /** Rows a mutation batch took off the page with nothing in their place yet (see takeCopies). */
  let gone: { regions: OldRow<Sent>[][]; until: number } | null = null;
  let container: Element | null = null;
  let observer: MutationObserver | null = null;
  let rowsSeen = 0;
  let lastRowAt: number | undefined;
  let viewers: number | null = null;
  let lastViewerEmit = 0;
  let lastHealth = '';

  // Scraped rows are untrusted: invisible formatting removed, sizes capped (limits.ts).
  const envelope = (id: string, row: ParsedRow): LiveEvent => ({ platform: adapter.platform, streamKey, id, ts: env.now(), ...cleanRow(row) });

  /**
   * While one mutation batch is processed, for each parent looked at: the children below its last
   * child that is or holds a seen row (`below`, numbered top-down), and the highest of those seen
   * since (`seen`). Telling history from news then costs one scan per parent per batch instead of
   * one per row: 10,000 rows added at once made 50 million sibling checks.
   */
  let belowSeen: Map<Element, { any: boolean; below: Map<Element, number>; seen: number }> | null = null;
  const inBatch = (fn: () => void) => {
    belowSeen = new Map();
    try {
      fn();
    } finally {
      belowSeen = null;
    }
  };
  const addSeen = (row: Element) => {
    seenRows.add(row);
    if (!belowSeen) return;
    for (let el: Element = row, p = row.parentElement; p; el = p, p = p.parentElement) {
      const c = belowSeen.get(p);
      const i = c?.below.get(el);
      if (c && i !== undefined && i > c.seen) c.seen = i;
    }
  };

  const markSeen = (row: Element) => {
    if (seenRows.has(row)) return;
    addSeen(row);
    const id = adapter.rowId(row);
    if (id) seenIds.add(id);
    rowsSeen++;
    lastRowAt = env.now();
  };

  const remember = (row: Element, sent: Omit<Sent, 'seq'>) => emitted.set(row, { ...sent, seq: ++sendSeq });

  const emitRow = (row: Element, parsed: ParsedRow, id: string) => {
    const print = rowFingerprint(parsed);
    // A recycled slot that showed a deleted message now shows a new one, which may be deleted in turn.
    deletedRows.delete(row);
    remember(row, { id, print, row: parsed });
    sink.emit(envelope(id, parsed));
    checkDeleted(row);
  };

  /** Rows above an already-seen sibling are history the page is back-filling (TikTok). */
  const isHistory = (row: Element) => {
    if (!adapter.insertedAboveIsHistory) return false;
    const parent = row.parentElement;
    if (!belowSeen || !parent) {
      for (let n = row.nextElementSibling; n; n = n.nextElementSibling) if (seenRows.has(n) || hasSeenRowInside(n)) return true;
      return false;
    }
    let c = belowSeen.get(parent);
    if (!c) {
      const walked: Element[] = [];
      let n = parent.lastElementChild;
      for (; n && !(seenRows.has(n) || hasSeenRowInside(n)); n = n.previousElementSibling) walked.push(n);
      c = { any: n !== null, below: new Map(walked.reverse().map((x, i) => [x, i])), seen: -1 };
      belowSeen.set(parent, c);
    }
    const i = c.below.get(row);
    // Above the last seen child, or below it but above a row seen since: history.
    return i === undefined ? c.any : i < c.seen;
  };
  const hasSeenRowInside = (el: Element) => adapter.rowsIn(el).some((r) => seenRows.has(r));

  const process = (row: Element, attempt = 0) => {
    if (seenRows.has(row)) return;
    const pid = adapter.rowId(row);
    if (pid && seenIds.has(pid)) return void addSeen(row);
    if (attempt === 0 && isHistory(row)) return baselineRow(row); // remembered like the baseline: see baselineRow
    // A row that is already a "message deleted" placeholder (e.g. re-rendered after a container
    // replacement) carries nothing new.
    if (adapter.isDeleted?.(row)) return markSeen(row);
    const parsed = adapter.parseRow(row);
    if (parsed === 'retry' && attempt < RETRIES) return void env.setTimeout(() => process(row, attempt + 1), RETRY_MS);
    markSeen(row);
    if (parsed === null || parsed === 'retry') return;
    emitRow(row, parsed, pid ?? `${nonce}:${++counter}`);
  };

  const checkDeleted = (row: Element) => {
    const target = emitted.get(row)?.id;
    if (!target || deletedRows.has(row) || !adapter.isDeleted?.(row)) return;
    deletedRows.add(row);
    sink.emit({ ...envelope(`del:${target}`, { kind: 'deletion' }), targetId: target });
  };

  /** A seen row changed: a deletion, a growing gift streak, or (virtual lists) a reused row. */
  const recheck = (row: Element) => {
    checkDeleted(row);
    // A row showing a deletion is never a new message, even when what it deleted was history.
    if (adapter.isDeleted?.(row)) return;
    const before = emitted.get(row);
    const parsed = adapter.parseRow(row);
    if (!parsed || parsed === 'retry') return;
    const print = rowFingerprint(parsed);
    if (before && print === before.print) {
      if (before.id && parsed.kind === 'gift' && (parsed.count ?? 0) > (before.row.count ?? 0)) emitRow(row, parsed, before.id);
      return;
    }
    if (!adapter.recyclesRows) return; // a late rewrite (7TV/BTTV) of a message already sent
    rowsSeen++;
    lastRowAt = env.now();
    emitRow(row, parsed, adapter.rowId(row) ?? `${nonce}:${++counter}`);
  };

  const seenAncestor = (n: Node): Element | null => {
    for (let el = n.nodeType === 1 ? (n as Element) : n.parentElement; el && el !== container; el = el.parentElement)
      if (seenRows.has(el)) return el;
    return null;
  };

  const scheduleRecheck = (row: Element) => {
    if (pendingRecheck.has(row)) return;
    pendingRecheck.add(row);
    // Let the page finish rewriting the row before reading it.
    env.setTimeout(() => {
      pendingRecheck.delete(row);
      recheck(row);
    }, 30);
  };

  /** Id-less rows once sent (or baselined) inside `root`, grouped by the element they sat in, in page order. */
  const sentRowsIn = (root: Element, rootParent: Element | null, into: Map<Element | null, OldRow<Sent>[]>) => {
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const sent = emitted.get(el);
      // A row showing "message deleted" now is not re-rendered as the message it was.
      if (!sent || adapter.rowId(el) || adapter.isDeleted?.(el)) continue;
      const parent = el === root ? rootParent : el.parentElement;
      into.set(parent, [...(into.get(parent) ?? []), { print: sent.print, seq: sent.seq, item: sent }]);
    }
  };

  /** Whether `el` is or holds a row sent after `seq`. */
  const holdsNewer = (el: Element, seq: number) => [el, ...el.querySelectorAll('*')].some((x) => (emitted.get(x)?.seq ?? -1) > seq);
  const kindOf = (el: Element) => `${el.tagName}.${el.getAttribute('class') ?? ''}`;

  /**
   * The rows a batch took off the page that a re-render may copy. A node removed while a sibling
   * of its kind still shows a newer row is a trim: the page is making room at the top, and a new
   * row that says the same ("扣1" again) is news.
   */
  const removedRegions = (records: MutationRecord[]): OldRow<Sent>[][] => {
    const byParent = new Map<Element | null, OldRow<Sent>[]>();
    for (const r of records) {
      const target = r.target.nodeType === 1 ? (r.target as Element) : null;
      r.removedNodes.forEach((n) => {
        if (n.nodeType !== 1) return;
        const rows = new Map<Element | null, OldRow<Sent>[]>();
        sentRowsIn(n as Element, target, rows);
        if (!rows.size) return;
        const newest = Math.max(...[...rows.values()].flat().map((o) => o.seq));
        const kind = kindOf(n as Element);
        if (target?.isConnected && Array.from(target.children).some((c) => c !== n && kindOf(c) === kind && holdsNewer(c, newest))) return;
        for (const [parent, list] of rows) byParent.set(parent, [...(byParent.get(parent) ?? []), ...list]);
      });
    }
    return [...byParent.values()];
  };

  /**
   * Marks the rows of `fresh` that copy rows the page just took away (rerender.ts) as seen, keeping
   * the id they were sent with (a deletion points at it). Returns the rows left to process as news.
   */
  const takeCopies = (fresh: Element[], regions: OldRow<Sent>[][]): Element[] => {
    if (!regions.length) return fresh;
    const groups = new Map<Element | null, { row: Element; parsed: ParsedRow; print: string }[]>();
    for (const row of fresh) {
      if (seenRows.has(row) || adapter.rowId(row) || adapter.isDeleted?.(row)) continue;
      const parsed = adapter.parseRow(row);
      if (!parsed || parsed === 'retry') continue;
      const g = groups.get(row.parentElement) ?? [];
      g.push({ row, parsed, print: rowFingerprint(parsed) });
      groups.set(row.parentElement, g);
    }
    const lists = [...groups.values()];
    const copies = matchCopies(
      lists.map((g) => g.map((x) => x.print)),
      regions,
    );
    lists.forEach((g, i) =>
      g.forEach(({ row, parsed }, j) => {
        const sent = copies[i]![j];
        if (!sent) return;
        markSeen(row);
        emitted.set(row, sent);
        // A gift streak that went on while the list was re-rendered: the copy shows the newer count.
        if (sent.id && parsed.kind === 'gift' && (parsed.count ?? 0) > (sent.row.count ?? 0)) emitRow(row, parsed, sent.id);
      }),
    );
    return fresh.filter((row) => !seenRows.has(row));
  };

  const onMutations = (records: MutationRecord[]) => {
    const fresh: Element[] = [];
    for (const r of records) {
      const owner = seenAncestor(r.target);
      if (owner) {
        // Deletions are read at once so they keep their place in capture order; other rewrites
        // (recycled slots, growing gift counts) wait for the page to finish the row.
        checkDeleted(owner);
        scheduleRecheck(owner);
      }
      if (r.type === 'childList')
        r.addedNodes.forEach((n) => {
          if (n.nodeType === 1 && !seenAncestor(n)) fresh.push(...adapter.rowsIn(n as Element));
        });
    }
    const removed = removedRegions(records);
    if (gone && env.now() > gone.until) gone = null;
    const regions = [...removed, ...(gone?.regions ?? [])];
    // A list cleared in one batch and rendered in the next: keep what went for a moment.
    if (!fresh.length) {
      if (removed.length) gone = { regions, until: env.now() + RERENDER_WINDOW_MS };
      return;
    }
    gone = null;
    inBatch(() => new Set(takeCopies(fresh, regions)).forEach((row) => process(row)));
  };

  /** A row present at attach is history: never sent (empty id), but remembered so that a later
   * change to it, or its re-render in a replaced container, is not taken for news. */
  const baselineRow = (row: Element) => {
    markSeen(row);
    const parsed = adapter.parseRow(row);
    if (parsed && parsed !== 'retry') remember(row, { id: '', print: rowFingerprint(parsed), row: parsed });
  };

  const bind = (next: Element) => {
    observer?.disconnect();
    const old = container;
    container = next;
    // Rows present at attach are history, not news: baseline them.
    if (!old) adapter.rowsIn(next).forEach(baselineRow);
    else {
      // A replaced container re-renders rows already sent: only what follows the copies is news.
      const before = new Map<Element | null, OldRow<Sent>[]>();
      sentRowsIn(old, null, before);
      const emptiedFirst = gone && env.now() <= gone.until ? gone.regions : [];
      gone = null;
      inBatch(() => takeCopies(adapter.rowsIn(next), [...before.values(), ...emptiedFirst]).forEach((row) => process(row)));
    }
    observer = new env.MutationObserver(onMutations);
    const attrs = [...(adapter.deletionAttributes ?? []), ...(adapter.recyclesRows ? ['data-index'] : [])];
    observer.observe(next, { childList: true, subtree: true, characterData: true, ...(attrs.length ? { attributes: true, attributeFilter: attrs } : {}) });
    sink.attached?.(next);
  };

  const readViewers = () => {
    const v = adapter.readViewers(env.doc);
    if (v === null) return;
    const now = env.now();
    if (v !== viewers || now - lastViewerEmit >= VIEWER_REPEAT_MS) {
      viewers = v;
      lastViewerEmit = now;
      sink.emit({ platform: adapter.platform, streamKey, kind: 'viewers', id: `v:${nonce}:${++counter}`, ts: now, viewers: v });
    }
  };

  const tick = () => {
    const chatElsewhere = adapter.chatElsewhere?.(env.doc) ?? false;
    if (!chatElsewhere) {
      const found = adapter.findContainer(env.doc);
      if (found && (found !== container || !found.isConnected)) bind(found);
    }
    readViewers();
    const h = computeHealth({
      now: env.now(),
      startedAt,
      containerFound: !!container?.isConnected,
      rowsSeen,
      lastRowAt,
      viewers,
      wall: adapter.detectWall?.(env.doc),
      chatElsewhere,
    });
    const key = `${h.state}|${h.detail}`;
    if (key !== lastHealth) {
      lastHealth = key;
      sink.health(h);
    }
  };

  tick();
  const timer = env.setInterval(tick, 1000);
  return () => {
    env.clearInterval(timer);
    observer?.disconnect();
  };
}
