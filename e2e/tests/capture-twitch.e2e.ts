import { afterAll, beforeAll, expect, it } from 'vitest';
import { readCapture, routePage, settleCapture } from '../harness/capture-run';
import { expectedShape, keysByPosition, shapeOf } from '../harness/expect-capture';
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
  const blocked = await routePage(b.context, s.url, s.html);
  const page = await b.context.newPage();
  await page.goto(s.url);
  await settleCapture(b, page, s.url);
  const { events, health } = await readCapture(b, s.url);
  expect(shapeOf(events, keysByPosition(events, s.expected))).toEqual(expectedShape(s.expected));
  expect(health?.state).toBe('attached');
  expect(blocked).toEqual([]);
});
