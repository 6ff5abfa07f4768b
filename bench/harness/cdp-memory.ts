/**
 * JS heap of the extension's contexts, read over the DevTools protocol (Runtime.getHeapUsage): the
 * bench launches Chromium with a remote-debugging port, lists its targets and asks each one.
 * Playwright lists neither the offscreen document nor, in a usable way, the worker.
 */
import { createServer } from 'node:net';
import { ws as WebSocketClient } from 'playwright-core/lib/utilsBundle';

export interface HeapMB {
  offscreen: number | null;
  /** The offscreen document's model workers, summed (dedicated Web Workers: reached through the document). */
  modelWorker: number | null;
  worker: number | null;
  sidepanel: number | null;
}

/** A free local port for --remote-debugging-port. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (a && typeof a === 'object' ? ok(a.port) : fail(new Error('no port'))));
    });
  });
}

interface Target { type: string; url: string; webSocketDebuggerUrl?: string }

function heapOf(wsUrl: string): Promise<number> {
  return new Promise((ok, fail) => {
    const sock = new WebSocketClient(wsUrl);
    const timer = setTimeout(() => (sock.close(), fail(new Error(`no answer from ${wsUrl}`))), 10_000);
    sock.on('open', () => sock.send(JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' })));
    sock.on('message', (data: Buffer) => {
      const msg = JSON.parse(data.toString()) as { id?: number; result?: { usedSize: number } };
      if (msg.id !== 1) return;
      clearTimeout(timer);
      sock.close();
      if (msg.result) ok(Math.round(msg.result.usedSize / 1e5) / 10);
      else fail(new Error(`Runtime.getHeapUsage failed on ${wsUrl}`));
    });
    sock.on('error', (e: Error) => (clearTimeout(timer), fail(e)));
  });
}

/**
 * The heap of the dedicated workers a page started (the two model workers), summed: /json/list does
 * not list them, so attach to the page and let it auto-attach its workers (flat sessions), then ask
 * each. Answered once every attached worker answered and no new one came for 500 ms.
 */
function workerHeapOf(wsUrl: string): Promise<number | null> {
  return new Promise((ok) => {
    const sock = new WebSocketClient(wsUrl);
    let asked = 0;
    let sum: number | null = null;
    let answered = 0;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const done = () => (clearTimeout(timer), clearTimeout(settle), sock.close(), ok(sum));
    const timer = setTimeout(done, 10_000);
    const maybeDone = () => {
      clearTimeout(settle);
      if (answered === asked) settle = setTimeout(done, 500);
    };
    sock.on('open', () => {
      sock.send(JSON.stringify({ id: 1, method: 'Target.setAutoAttach', params: { autoAttach: true, waitForDebuggerOnStart: false, flatten: true } }));
      maybeDone();
    });
    sock.on('message', (data: Buffer) => {
      const msg = JSON.parse(data.toString()) as { id?: number; method?: string; params?: { sessionId: string; targetInfo: { type: string } }; result?: { usedSize: number } };
      if (msg.method === 'Target.attachedToTarget' && msg.params?.targetInfo.type === 'worker') {
        sock.send(JSON.stringify({ id: 100 + asked++, sessionId: msg.params.sessionId, method: 'Runtime.getHeapUsage' }));
        clearTimeout(settle);
      } else if (msg.id !== undefined && msg.id >= 100) {
        answered++;
        if (msg.result) sum = Math.round(((sum ?? 0) + msg.result.usedSize / 1e6) * 10) / 10;
        maybeDone();
      }
    });
    sock.on('error', done);
  });
}

export async function extensionHeaps(port: number, extensionId: string): Promise<HeapMB> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Target[];
  const find = (pred: (t: Target) => boolean) => targets.find((t) => t.url.startsWith(`chrome-extension://${extensionId}/`) && pred(t) && t.webSocketDebuggerUrl);
  const read = async (t: Target | undefined) => (t?.webSocketDebuggerUrl ? heapOf(t.webSocketDebuggerUrl).catch(() => null) : null);
  return {
    offscreen: await read(find((t) => t.url.includes('/offscreen.html'))),
    modelWorker: await (async () => {
      const t = find((x) => x.url.includes('/offscreen.html'));
      return t?.webSocketDebuggerUrl ? workerHeapOf(t.webSocketDebuggerUrl) : null;
    })(),
    worker: await read(find((t) => t.type === 'service_worker')),
    sidepanel: await read(find((t) => t.url.includes('/sidepanel.html'))),
  };
}
