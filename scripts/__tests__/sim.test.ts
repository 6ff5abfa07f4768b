import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalog, parseFaq } from '../../lib/catalog';
import { parseEventLog } from '../../lib/events/event-log';

// Each run starts a Node process with tsx (a few seconds on a busy machine): kept to three runs.
const sim = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/sim.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('npm run sim', () => {
  it('writes the event logs, truth, catalog and FAQ of K streams', () => {
    const out = mkdtempSync(join(tmpdir(), 'sim-'));
    const r = sim('--lang', 'zh', '--minutes', '3', '--seed', '4', '--streams', '2', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['catalog.csv', 'faq.json', 'stream-0.jsonl', 'stream-1.jsonl', 'truth-0.json', 'truth-1.json']);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { stream: number; events: number; comments: number });
    expect(lines.map((l) => l.stream)).toEqual([0, 1]);
    for (const k of [0, 1]) {
      const log = parseEventLog(readFileSync(join(out, `stream-${k}.jsonl`), 'utf8'));
      expect(log.errors).toEqual([]);
      expect(log.events.length).toBe(lines[k]?.events);
      const truth = JSON.parse(readFileSync(join(out, `truth-${k}.json`), 'utf8')) as { stream: number; comments: { id: string }[]; segments: unknown[] };
      expect(truth.stream).toBe(k);
      expect(truth.comments.map((c) => c.id)).toEqual(log.events.filter((e) => e.kind === 'comment').map((e) => e.id));
    }
    const catalog = parseCatalog(readFileSync(join(out, 'catalog.csv'), 'utf8'));
    expect(catalog.errors).toEqual([]);
    expect(catalog.rows.length).toBeGreaterThan(10);
    expect(parseFaq(readFileSync(join(out, 'faq.json'), 'utf8')).errors).toEqual([]);
  }, 60_000);

  it('exits 2 with a message on usage errors and on a bad catalog, naming its bad rows', () => {
    const out = mkdtempSync(join(tmpdir(), 'sim-'));
    const noOut = sim('--lang', 'en');
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toMatch(/usage: npm run sim/);
    const bad = join(out, 'bad.csv');
    writeFileSync(bad, 'sku,title,price\nA,Hat,12\nB,Scarf,cheap\n');
    const r = sim('--lang', 'en', '--catalog', bad, '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/line 3: price "cheap" is not a number/);
  }, 60_000);
});
