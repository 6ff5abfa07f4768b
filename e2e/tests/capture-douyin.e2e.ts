import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { douyinScenario } from '../fixtures/douyin/scenario';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { asMultiset, orderDrift, runScenario } from '../harness/run-scenario';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

describe('Douyin capture on live.douyin.com/<web_rid>', () => {
  it('captures chat, gifts, ticker joins/likes/purchases and the pitched product exactly once; no request leaves', async () => {
    const r = await runScenario(b, douyinScenario);
    // Exactly the expected events (no loss, no duplicates, same fields), in capture order up to
    // neighbours swapped by timing on a loaded machine.
    expect(asMultiset(r.events)).toEqual(asMultiset(douyinScenario.expected));
    expect(orderDrift(r.events, douyinScenario.expected)).toBeLessThanOrEqual(2);
    expect(r.viewers).toEqual(douyinScenario.viewers);
    expect(r.health?.state).toBe('attached');
    expect(r.blocked).toEqual([]);
    expect(r.otherRequests).toEqual([]);
  });
});
