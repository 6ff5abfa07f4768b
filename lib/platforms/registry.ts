import type { PlatformAdapter } from './types';
import { youtube } from './youtube';
import { twitch } from './twitch';
import { kick } from './kick';
import { whatnot } from './whatnot';
import { amazon } from './amazon';
import { taobao } from './taobao';
import { tiktok } from './tiktok';
import { douyin } from './douyin';
import { kuaishou } from './kuaishou';

/** Every platform adapter, one line each. */
export const ADAPTERS: readonly PlatformAdapter[] = [youtube, twitch, kick, whatnot, amazon, taobao, tiktok, douyin, kuaishou];

/** The adapter and room for a URL, or null when no adapter knows that page. */
export function adapterFor(url: string): { adapter: PlatformAdapter; roomKey: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  for (const adapter of ADAPTERS) {
    if (!adapter.matches.some((m) => matchPattern(m, parsed))) continue;
    const roomKey = adapter.roomKey(parsed);
    if (roomKey) return { adapter, roomKey };
  }
  return null;
}

/** Chrome match-pattern semantics for the patterns we use ("*://host/path*"). */
export function matchPattern(pattern: string, url: URL): boolean {
  const m = pattern.match(/^(\*|https?):\/\/([^/]+)(\/.*)$/);
  if (!m) return false;
  const [, scheme, host, path] = m;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (!/^https?:$/.test(url.protocol)) return false;
  const hostRe = new RegExp(`^${host!.replace(/\./g, '\\.').replace(/^\*\\\./, '(?:[^.]+\\.)*')}$`);
  if (!hostRe.test(url.hostname)) return false;
  const pathRe = new RegExp(`^${path!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return pathRe.test(url.pathname + url.search);
}
