import type { LiveEvent } from '../events/live-event';
import type { CaptureState } from '../db/schema';
import type { PlatformAdapter, ParsedRow } from '../platforms/types';
import { BoundedSet } from './bounded-set';
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

const RETRIES = 6;
const RETRY_MS = 120;
const VIEWER_REPEAT_MS = 30_000;

/**
 * The observer core shared by every platform: attach to the chat container, baseline the rows
 * already there, emit each new row once (platform id, else row identity), honour deletions, re-parse
 * rows that fill in late, and rebind when the page replaces the container (1 s watchdog).
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
  const eventIdOf = new WeakMap<Element, string>();
  const deletedRows = new WeakSet<Element>();
  let counter = 0;
  let container: Element | null = null;
  let observer: MutationObserver | null = null;
  let rowsSeen = 0;
  let lastRowAt: number | undefined;
  let viewers: number | null = null;
  let lastViewerEmit = 0;
  let lastHealth = '';

  const envelope = (id: string, row: ParsedRow): LiveEvent => ({
    platform: adapter.platform,
    streamKey,
    id,
    ts: env.now(),
    ...row,
  });

  const markSeen = (row: Element) => {
    seenRows.add(row);
    const id = adapter.rowId(row);
    if (id) seenIds.add(id);
    rowsSeen++;
    lastRowAt = env.now();
  };

  const process = (row: Element, attempt = 0) => {
    if (seenRows.has(row)) return;
    const pid = adapter.rowId(row);
    if (pid && seenIds.has(pid)) return void seenRows.add(row);
    const parsed = adapter.parseRow(row);
    if (parsed === 'retry' && attempt < RETRIES) return void env.setTimeout(() => process(row, attempt + 1), RETRY_MS);
    markSeen(row);
    if (parsed === null || parsed === 'retry') return;
    const id = pid ?? `${nonce}:${++counter}`;
    eventIdOf.set(row, id);
    sink.emit(envelope(id, parsed));
    checkDeleted(row);
  };

  const checkDeleted = (row: Element) => {
    const target = eventIdOf.get(row);
    if (!target || deletedRows.has(row) || !adapter.isDeleted?.(row)) return;
    deletedRows.add(row);
    sink.emit({ ...envelope(`del:${target}`, { kind: 'deletion' }), targetId: target });
  };

  const emittedAncestor = (n: Node): Element | null => {
    for (let el = n.nodeType === 1 ? (n as Element) : n.parentElement; el && el !== container; el = el.parentElement)
      if (eventIdOf.has(el)) return el;
    return null;
  };

  const onMutations = (records: MutationRecord[]) => {
    for (const r of records) {
      if (r.type === 'childList') {
        r.addedNodes.forEach((n) => {
          if (n.nodeType === 1) adapter.rowsIn(n as Element).forEach((row) => process(row));
        });
        // A row's body swapped for a "message deleted" placeholder (Twitch) is a deletion too.
        const owner = emittedAncestor(r.target);
        if (owner) checkDeleted(owner);
      } else if (r.type === 'attributes' && r.target.nodeType === 1) {
        const el = r.target as Element;
        if (eventIdOf.has(el)) checkDeleted(el);
      }
    }
  };

  const bind = (next: Element) => {
    observer?.disconnect();
    const first = container === null;
    container = next;
    // Rows present at attach are history, not news: baseline them. After a container replacement
    // the rows are re-renders; ids (or row identity) decide what is genuinely new.
    adapter.rowsIn(next).forEach((row) => (first ? markSeen(row) : process(row)));
    observer = new env.MutationObserver(onMutations);
    const attrs = adapter.deletionAttributes ?? [];
    observer.observe(next, { childList: true, subtree: true, ...(attrs.length ? { attributes: true, attributeFilter: [...attrs] } : {}) });
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
