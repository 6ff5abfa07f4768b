import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';

/** One request some target of the browser was about to send, as CDP reported it. */
export interface SeenRequest {
  url: string;
  /** The sending target: page, iframe, service_worker, worker, the offscreen document (background_page, or other once restarted)… */
  targetType: string;
  targetUrl: string;
  /** A chrome-extension:// script is on the initiator's stack (a content script, or the extension's own page). */
  byExtensionScript: boolean;
}

export interface NetworkRecorder {
  requests: SeenRequest[];
  /** The targets attached so far (type and URL), to show that each surface really was watched. */
  targets: { type: string; url: string }[];
  /** Runs `expression` in the first attached target whose URL matches (CDP Runtime.evaluate). */
  evaluateIn(urlPart: string, expression: string): Promise<unknown>;
  close(): void;
}

type Message = { id?: number; method?: string; params?: Record<string, unknown>; sessionId?: string; result?: unknown; error?: { message: string } };
type Initiator = { type?: string; url?: string; stack?: Stack };
type Stack = { callFrames?: { url?: string }[]; parent?: Stack };

const stackUrls = (s?: Stack): string[] => (s ? [...(s.callFrames ?? []).map((f) => f.url ?? ''), ...stackUrls(s.parent)] : []);

/**
 * Watches the network of every target of a browser started with `--remote-debugging-port=0` in
 * `profile`, over a second DevTools connection of its own (Playwright keeps its pipe): the browser
 * session auto-attaches to every target, existing and new, each paused at start until its Network
 * domain is on, so a service worker or offscreen document that starts later is seen from its first
 * request. Each attached target auto-attaches its own children (dedicated workers, iframes).
 */
export async function recordNetwork(profile: string): Promise<NetworkRecorder> {
  const [port, path] = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').trim().split('\n');
  const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
  await new Promise<void>((ok, fail) => {
    ws.once('open', () => ok());
    ws.once('error', fail);
  });
  let nextId = 1;
  const pending = new Map<number, { ok(v: unknown): void; fail(e: Error): void }>();
  const sessions = new Map<string, { targetId: string; type: string; url: string; detached?: boolean }>();
  const requests: SeenRequest[] = [];
  // A target can be attached more than once (the browser's auto-attach and a related page's): count each request once.
  const counted = new Set<string>();
  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<unknown> => {
    const id = nextId++;
    ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    return new Promise((ok, fail) => pending.set(id, { ok, fail }));
  };
  // Some targets lack a domain (a worklet has no Network): that target is reported, not fatal.
  const quiet = (p: Promise<unknown>) => p.catch(() => undefined);

  ws.on('message', (data) => {
    const m = JSON.parse(String(data)) as Message;
    if (m.id !== undefined) {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.error) p?.fail(new Error(m.error.message));
      else p?.ok(m.result);
      return;
    }
    if (m.method === 'Target.attachedToTarget') {
      const { sessionId, targetInfo } = m.params as { sessionId: string; targetInfo: { targetId: string; type: string; url: string } };
      sessions.set(sessionId, { targetId: targetInfo.targetId, type: targetInfo.type, url: targetInfo.url });
      void (async () => {
        await quiet(send('Network.enable', {}, sessionId));
        await quiet(send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, sessionId));
        await quiet(send('Runtime.runIfWaitingForDebugger', {}, sessionId));
      })();
    } else if (m.method === 'Target.detachedFromTarget') {
      const s = sessions.get((m.params as { sessionId: string }).sessionId);
      if (s) s.detached = true;
    } else if (m.method === 'Target.targetInfoChanged') {
      // A page's URL changes as it navigates: requests are attributed to where it is now.
      const info = (m.params as { targetInfo: { targetId: string; url: string } }).targetInfo;
      for (const s of sessions.values()) if (s.targetId === info.targetId) s.url = info.url;
    } else if (m.method === 'Network.requestWillBeSent' && m.sessionId) {
      const p = m.params as { requestId: string; request: { url: string }; initiator?: Initiator; documentURL?: string };
      const t = sessions.get(m.sessionId) ?? { targetId: m.sessionId, type: 'unknown', url: '' };
      const key = `${t.targetId} ${p.requestId} ${p.request.url}`;
      if (counted.has(key)) return;
      counted.add(key);
      const init = p.initiator ?? {};
      const byExtensionScript = [init.url ?? '', ...stackUrls(init.stack)].some((u) => u.startsWith('chrome-extension://'));
      requests.push({ url: p.request.url, targetType: t.type, targetUrl: t.url || (p.documentURL ?? ''), byExtensionScript });
    } else if (m.method === 'Network.webSocketCreated' && m.sessionId) {
      const t = sessions.get(m.sessionId) ?? { type: 'unknown', url: '' };
      requests.push({ url: (m.params as { url: string }).url, targetType: t.type, targetUrl: t.url, byExtensionScript: true });
    }
  });

  await send('Target.setDiscoverTargets', { discover: true });
  await send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
  return {
    requests,
    get targets() {
      return [...sessions.values()].map(({ type, url }) => ({ type, url }));
    },
    async evaluateIn(urlPart, expression) {
      const id = [...sessions].findLast(([, s]) => !s.detached && s.url.includes(urlPart))?.[0];
      if (!id) throw new Error(`no attached target at ${urlPart}`);
      return send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, id);
    },
    close: () => ws.close(),
  };
}

/** URLs the extension may ask for: its own files and in-memory data. */
export const isLocalUrl = (url: string) => /^(chrome-extension|data|blob|about|chrome):/.test(url);
