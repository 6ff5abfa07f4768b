import { afterAll, beforeAll, expect, it } from 'vitest';
import { comparable, runScenario } from '../harness/scenario-check';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { youtubeScenario } from '../fixtures/youtube/scenario';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

it('YouTube popout under DOM drift yields exactly the expected events', async () => {
  const s = youtubeScenario(1);
  const run = await runScenario(b, s.html, s.url, s.expected.length);
  const { got, want } = comparable(run.events, s.expected);
  expect(got).toEqual(want);
  expect(run.health?.state).toBe('attached');
  expect(run.blocked).toEqual([]);
});
