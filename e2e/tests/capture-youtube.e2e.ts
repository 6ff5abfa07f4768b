import { afterAll, beforeAll, expect, it } from 'vitest';
import { readCapture, routePage, settleCapture } from '../harness/capture-run';
import { expectedShape, shapeOf } from '../harness/expect-capture';
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
  const blocked = await routePage(b.context, s.url, s.html);
  const page = await b.context.newPage();
  await page.goto(s.url);
  await settleCapture(b, page, s.url);
  const { events, health } = await readCapture(b, s.url);
  expect(shapeOf(events)).toEqual(expectedShape(s.expected));
  expect(health?.state).toBe('attached');
  expect(blocked).toEqual([]);
});
