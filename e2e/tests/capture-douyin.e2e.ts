import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { douyinScenario } from '../fixtures/douyin/scenario';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { asMultiset, comparable, orderDrift, runScenario } from '../harness/scenario-check';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

describe('Douyin capture on live.douyin.com/<web_rid>', () => {
  it('captures chat, gifts, ticker joins/likes/purchases and the pitched product exactly once; no request leaves', async () => {
    const r = await runScenario(b, douyinScenario.html, douyinScenario.url, douyinScenario.expected.length);
    const { got, want, viewers } = comparable(r.events, douyinScenario.expected);
    // Exactly the expected events (no loss, no duplicates, same fields), in capture order up to
    // neighbours swapped by timing on a loaded machine.
    expect(asMultiset(got)).toEqual(asMultiset(want));
    expect(orderDrift(got, want)).toBeLessThanOrEqual(2);
    expect(viewers).toEqual(douyinScenario.viewers);
    expect(r.health?.state).toBe('attached');
    expect(r.blocked).toEqual([]);
    expect(r.requests).toEqual([douyinScenario.url]);
  });
});
