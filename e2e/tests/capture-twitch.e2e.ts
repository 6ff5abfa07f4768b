import { afterAll, beforeAll, expect, it } from 'vitest';
import { comparable, runScenario } from '../harness/scenario-check';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { twitchScenario } from '../fixtures/twitch/scenario';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

it('Twitch popout under DOM drift yields exactly the expected events', async () => {
  const s = twitchScenario(1);
  const run = await runScenario(b, s.html, s.url, s.expected.length);
  const { got, want } = comparable(run.events, s.expected);
  expect(got).toEqual(want);
  expect(run.health?.state).toBe('attached');
  expect(run.blocked).toEqual([]);
});
