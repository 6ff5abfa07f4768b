/**
 * A CPU profile of an extension target that Playwright cannot open a CDP session on (the service
 * worker, the offscreen document), over the remote-debugging port's own WebSocket. Bench-only:
 * `BENCH_PIPE_PROFILE=dir npm run bench -- --only latency` (bench/suites/pipeline.ts).
 */
import { ws as WebSocketClient } from 'playwright-core/lib/utilsBundle';
import type { CpuProfile } from './cpu-profile';

interface Target { type: string; url: string; webSocketDebuggerUrl?: string }

/** Starts the Profiler on the first target `pick` accepts; the returned function stops it and gives the profile. */
export async function startTargetProfile(port: number, pick: (t: Target) => boolean, intervalUs = 500): Promise<() => Promise<CpuProfile>> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Target[];
  const t = targets.find((x) => pick(x) && x.webSocketDebuggerUrl);
  if (!t) throw new Error(`no target to profile among ${targets.map((x) => `${x.type} ${x.url}`).join(', ')}`);
  const sock = new WebSocketClient(t.webSocketDebuggerUrl!);
  let id = 0;
  const waiting = new Map<number, (r: unknown) => void>();
  sock.on('message', (data: Buffer) => {
    const msg = JSON.parse(data.toString()) as { id?: number; result?: unknown };
    if (msg.id !== undefined) waiting.get(msg.id)?.(msg.result);
  });
  await new Promise<void>((ok, fail) => (sock.once('open', () => ok()), sock.once('error', fail)));
  const send = (method: string, params?: object) =>
    new Promise<unknown>((ok) => {
      waiting.set(++id, ok);
      sock.send(JSON.stringify({ id, method, params }));
    });
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: intervalUs });
  await send('Profiler.start');
  return async () => {
    const r = (await send('Profiler.stop')) as { profile: CpuProfile };
    sock.close();
    return r.profile;
  };
}
