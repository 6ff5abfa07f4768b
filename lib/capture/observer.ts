import type { LiveEvent } from '../events/live-event';
import type { CaptureState } from '../db/schema';
import type { PlatformAdapter, ParsedRow } from '../platforms/types';
import { BoundedSet } from './bounded-set';
import { rowFingerprint } from './fingerprint';
import { computeHealth } from './health';

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

/** What a row was sent as (id '' for history rows present at attach, which are never sent). */
type Sent = { id: string; print: string; row: ParsedRow };

const RETRIES = 6;
const RETRY_MS = 120;
const VIEWER_REPEAT_MS = 30_000;

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
  // What each recent fingerprint was sent as, so a re-rendered row keeps the id (deletions point at it).
  const recentSent = new Map<string, Sent>();
  const seenRows = new WeakSet<Element>();
  const emitted = new WeakMap<Element, Sent>();
  const deletedRows = new WeakSet<Element>();
  const pendingRecheck = new Set<Element>();
  let counter = 0;
  let container: Element | null = null;
  let observer: MutationObserver | null = null;
  let rowsSeen = 0;
  let lastRowAt: number | undefined;
  let viewers: number | null = null;
  let lastViewerEmit = 0;
  let lastHealth = '';

  const envelope = (id: string, row: ParsedRow): LiveEvent => ({ platform: adapter.platform, streamKey, id, ts: env.now(), ...row });

  const markSeen = (row: Element) => {
    if (seenRows.has(row)) return;
    seenRows.add(row);
    const id = adapter.rowId(row);
    if (id) seenIds.add(id);
    rowsSeen++;
    lastRowAt = env.now();
  };

  const remember = (row: Element, sent: Sent) => {
    emitted.set(row, sent);
    recentSent.delete(sent.print);
    recentSent.set(sent.print, sent);
    if (recentSent.size > 1000) recentSent.delete(recentSent.keys().next().value!);
  };

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
    for (let n = row.nextElementSibling; n; n = n.nextElementSibling) if (seenRows.has(n) || hasSeenRowInside(n)) return true;
    return false;
  };
  const hasSeenRowInside = (el: Element) => adapter.rowsIn(el).some((r) => seenRows.has(r));

  const process = (row: Element, attempt = 0, opts: { replaced?: boolean } = {}) => {
    if (seenRows.has(row)) return;
    const pid = adapter.rowId(row);
    if (pid && seenIds.has(pid)) return void seenRows.add(row);
    if (attempt === 0 && isHistory(row)) return baselineRow(row); // remembered like the baseline: see baselineRow
    // A row that is already a "message deleted" placeholder (e.g. re-rendered after a container
    // replacement) carries nothing new.
    if (adapter.isDeleted?.(row)) return markSeen(row);
    const parsed = adapter.parseRow(row);
    if (parsed === 'retry' && attempt < RETRIES) return void env.setTimeout(() => process(row, attempt + 1, opts), RETRY_MS);
    markSeen(row);
    if (parsed === null || parsed === 'retry') return;
    // After a container replacement, id-less rows are re-renders of messages already sent.
    const prior = opts.replaced && !pid ? recentSent.get(rowFingerprint(parsed)) : undefined;
    if (prior) return void emitted.set(row, prior);
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

  const onMutations = (records: MutationRecord[]) => {
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
          if (n.nodeType === 1 && !seenAncestor(n)) adapter.rowsIn(n as Element).forEach((row) => process(row));
        });
    }
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
    const first = container === null;
    container = next;
    // Rows present at attach are history, not news: baseline them.
    adapter.rowsIn(next).forEach((row) => (first ? baselineRow(row) : process(row, 0, { replaced: true })));
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
