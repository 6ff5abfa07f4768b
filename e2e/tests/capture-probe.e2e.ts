import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { twitchScenario } from '../fixtures/twitch/scenario';
import { asMultiset, comparable, orderDrift } from '../harness/scenario-check';
import type { CapturedEvent, CapturedHealth } from '../harness/capture-run';

const run = promisify(execFile);

it('the capture probe prints the captured events as JSON lines, then a health line, and nothing else', async () => {
  const s = twitchScenario(2);
  const file = join(mkdtempSync(join(tmpdir(), 'probe-')), 'saved-twitch.html');
  writeFileSync(file, s.html);
  const { stdout } = await run('npx', ['tsx', 'scripts/capture.ts', '--url', s.url, '--page', file, '--seconds', '40'], { env: process.env, timeout: 90_000 });
  const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as CapturedEvent | { health: CapturedHealth });
  const last = lines.pop() as { health: CapturedHealth };
  expect(last.health.state).toBe('attached');
  const events = lines as CapturedEvent[];
  for (const e of events) {
    expect(e.platform).toBe('twitch');
    expect(typeof e.ts).toBe('number');
  }
  const { got, want } = comparable(events, s.expected);
  // The same check as the capture e2e: nothing lost or doubled, order within the scenario's tolerance
  // (its late-filled body may land after the deletion on a loaded machine).
  expect(asMultiset(got)).toEqual(asMultiset(want));
  expect(orderDrift(got, want)).toBeLessThanOrEqual(s.orderTolerance ?? 0);
});
