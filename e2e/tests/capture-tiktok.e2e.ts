import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tiktokScenario } from '../fixtures/tiktok/scenario';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { asMultiset, comparable, orderDrift, runScenario } from '../harness/scenario-check';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

describe('TikTok LIVE capture on www.tiktok.com/@user/live', () => {
  it('captures every row once with the right kind, author, role, counts and viewers; no request leaves', async () => {
    const r = await runScenario(b, tiktokScenario.html, tiktokScenario.url, tiktokScenario.expected.length);
    const { got, want, viewers } = comparable(r.events, tiktokScenario.expected);
    // Exactly the expected events (no loss, no duplicates, same fields), in capture order up to
    // neighbours swapped by timing on a loaded machine.
    expect(asMultiset(got)).toEqual(asMultiset(want));
    expect(orderDrift(got, want)).toBeLessThanOrEqual(2);
    expect(viewers).toEqual(tiktokScenario.viewers);
    expect(r.health?.state).toBe('attached');
    expect(r.blocked).toEqual([]);
    expect(r.requests).toEqual([tiktokScenario.url]);
  });
});
