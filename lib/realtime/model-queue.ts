/**
 * The models' document runs one model call at a time (one JS thread), so what it runs next decides
 * how long a comment waits for its first labels. This queue runs the most urgent job first — the
 * fast tier's first labels, then embeddings (question grouping, FAQ matching), then the accurate
 * tier's refinement — and splits slow work into small chunks with a task boundary between them,
 * so first labels that arrive while a long embedding or refinement runs wait for one chunk, not
 * for all of it. Order within a priority is arrival order.
 */

/** Lower runs first. */
export const PRIORITY = { first: 0, embed: 1, refine: 2 } as const;
export type Priority = (typeof PRIORITY)[keyof typeof PRIORITY];

interface Job {
  priority: number;
  seq: number;
  run: () => Promise<void>;
}

export interface ModelQueue {
  /** Runs `fn` when every more urgent job (and earlier ones of its priority) has run. */
  run<T>(priority: Priority, fn: () => Promise<T>): Promise<T>;
  /** `fn` over `items` in chunks of `size`, each chunk its own job; results concatenated in order. */
  chunked<I, R>(priority: Priority, items: readonly I[], size: number, fn: (chunk: I[]) => Promise<R[]>): Promise<R[]>;
  readonly pending: number;
}

/**
 * A task boundary that hidden documents do not throttle: the offscreen document is never visible,
 * and Chromium aligns a hidden page's timers (setTimeout 0 included) to whole seconds, so a message
 * round trip is used where there is one.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((r) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      r();
    };
    ch.port2.postMessage(null);
  });
}

export function createModelQueue(yieldTask: () => Promise<void> = nextTask): ModelQueue {
  const jobs: Job[] = [];
  let seq = 0;
  let running = false;

  async function pump(): Promise<void> {
    if (running) return;
    running = true;
    try {
      while (jobs.length) {
        // Let messages that arrived meanwhile enqueue before choosing (they may be more urgent).
        await yieldTask();
        jobs.sort((a, b) => a.priority - b.priority || a.seq - b.seq);
        await jobs.shift()!.run();
      }
    } finally {
      running = false;
    }
  }

  const q: ModelQueue = {
    run<T>(priority: Priority, fn: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        jobs.push({ priority, seq: seq++, run: () => fn().then(resolve, reject) });
        void pump();
      });
    },
    async chunked<I, R>(priority: Priority, items: readonly I[], size: number, fn: (chunk: I[]) => Promise<R[]>): Promise<R[]> {
      const parts: Promise<R[]>[] = [];
      for (let i = 0; i < items.length; i += Math.max(1, size)) {
        const chunk = items.slice(i, i + Math.max(1, size));
        parts.push(q.run(priority, () => fn(chunk)));
      }
      return (await Promise.all(parts)).flat();
    },
    get pending() {
      return jobs.length;
    },
  };
  return q;
}
