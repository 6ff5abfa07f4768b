/**
 * The DevTools protocol over the remote-debugging port's own WebSocket, for the targets Playwright
 * opens no CDP session on (the service worker, the offscreen document): `cdpSession(url)` and a CPU
 * profile of a target, `startTargetProfile`. Bench-only (bench/suites/pipe-profile.ts,
 * bench/profile-capture.ts).
 */
import { ws as WebSocketClient } from 'playwright-core/lib/utilsBundle';
import type { CpuProfile } from './cpu-profile';

export interface DebugTarget { type: string; url: string; webSocketDebuggerUrl?: string }

/** A CDP session over a target's debugger WebSocket. */
export function cdpSession(url: string) {
  const sock = new WebSocketClient(url, { maxPayload: 1 << 30 });
  let id = 0;
  const waiting = new Map<number, (r: { result?: unknown; error?: unknown }) => void>();
  sock.on('message', (d: Buffer) => {
    const m = JSON.parse(d.toString()) as { id?: number; result?: unknown; error?: unknown };
    if (m.id !== undefined) waiting.get(m.id)?.(m);
  });
  const open = new Promise<void>((ok, fail) => (sock.on('open', () => ok()), sock.on('error', fail)));
  return {
    async send<T>(method: string, params: object = {}): Promise<T> {
      await open;
      const n = ++id;
      return new Promise<T>((ok, fail) => {
        waiting.set(n, (r) => (r.error ? fail(new Error(`${method}: ${JSON.stringify(r.error)}`)) : ok(r.result as T)));
        sock.send(JSON.stringify({ id: n, method, params }));
      });
    },
    close: () => sock.close(),
  };
}

/** Starts the Profiler on the first target `pick` accepts; the returned function stops it and gives the profile. */
export async function startTargetProfile(port: number, pick: (t: DebugTarget) => boolean, intervalUs = 500): Promise<() => Promise<CpuProfile>> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as DebugTarget[];
  const t = targets.find((x) => pick(x) && x.webSocketDebuggerUrl);
  if (!t) throw new Error(`no target to profile among ${targets.map((x) => `${x.type} ${x.url}`).join(', ')}`);
  const s = cdpSession(t.webSocketDebuggerUrl!);
  await s.send('Profiler.enable');
  await s.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await s.send('Profiler.start');
  return async () => {
    const { profile } = await s.send<{ profile: CpuProfile }>('Profiler.stop');
    s.close();
    return profile;
  };
}
