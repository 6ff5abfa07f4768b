import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kuaishouScenario } from '../fixtures/kuaishou/scenario';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { asMultiset, comparable, orderDrift, runScenario } from '../harness/scenario-check';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

describe('Kuaishou capture on live.kuaishou.com/u/<id>', () => {
  it('captures chat, gift combos and likes exactly once, genuine repeats included; no request leaves', async () => {
    const r = await runScenario(b, kuaishouScenario.html, kuaishouScenario.url, kuaishouScenario.expected.length);
    const { got, want, viewers } = comparable(r.events, kuaishouScenario.expected);
    // Exactly the expected events (no loss, no duplicates, same fields), in capture order up to
    // neighbours swapped by timing on a loaded machine.
    expect(asMultiset(got)).toEqual(asMultiset(want));
    expect(orderDrift(got, want)).toBeLessThanOrEqual(2);
    expect(viewers).toEqual(kuaishouScenario.viewers);
    expect(r.health?.state).toBe('attached');
    expect(r.blocked).toEqual([]);
    expect(r.requests).toEqual([kuaishouScenario.url]);
  });
});
