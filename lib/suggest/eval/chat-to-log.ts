/**
 * Authoring tool for the evaluation streams: turns a hand-written `.chat` file into the event-log
 * `.jsonl` the commands read, with the gold labels in a `gold` field ({question, group}).
 *   npx tsx lib/suggest/eval/chat-to-log.ts lib/suggest/eval/dev/en-dev-1.chat
 * `.chat` lines: `# shop: x` / `# platform: y` headers; `!pitch SKU` (or `!pitch -`) marks the next
 * line as a pitch start; `name: text {group}` — a trailing `{group}` makes it a gold question of that
 * group; `*name:` is the host (owner), `+name:` a moderator.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { AuthorRole } from '../../events/live-event';
import { PLATFORMS, type PlatformId } from '../../events/live-event';

export const T0 = 1_760_000_000_000;
export const STEP_MS = 4000;

export function chatToLog(text: string, stream: string): string[] {
  const head: Record<string, string> = {};
  let pitch: string | null | undefined;
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const h = line.match(/^#\s*(\w+):\s*(.+)$/);
    if (h) {
      head[h[1] as string] = (h[2] as string).trim();
      continue;
    }
    const p = line.match(/^!pitch\s+(\S+)$/);
    if (p) {
      pitch = p[1] === '-' ? null : (p[1] as string);
      continue;
    }
    const m = line.match(/^([*+]?)([^:]+):\s*(.*?)\s*(?:\{([\w-]+)\})?$/u);
    if (!m) throw new Error(`${stream}: cannot read "${line}"`);
    const role: AuthorRole = m[1] === '*' ? 'owner' : m[1] === '+' ? 'moderator' : 'viewer';
    const platform = head.platform as PlatformId;
    if (!PLATFORMS.includes(platform)) throw new Error(`${stream}: unknown platform ${head.platform}`);
    const n = out.length;
    const ev = {
      platform,
      streamKey: `${platform}:${stream}`,
      kind: 'comment',
      id: `${stream}-${n + 1}`,
      ts: T0 + n * STEP_MS,
      author: { name: (m[2] as string).trim(), role },
      text: m[3],
      ...(pitch !== undefined ? { pitch: { sku: pitch } } : {}),
      shop: head.shop,
      gold: { question: m[4] !== undefined, group: m[4] ?? null },
    };
    pitch = undefined;
    out.push(JSON.stringify(ev));
  }
  return out;
}

if (process.argv[1]?.endsWith('chat-to-log.ts')) {
  for (const f of process.argv.slice(2)) {
    const lines = chatToLog(readFileSync(f, 'utf8'), basename(f, '.chat'));
    writeFileSync(f.replace(/\.chat$/, '.jsonl'), `${lines.join('\n')}\n`);
    process.stderr.write(`${f}: ${lines.length} lines\n`);
  }
}
