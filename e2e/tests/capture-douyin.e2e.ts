import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { douyinScenario } from '../fixtures/douyin/scenario';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { runScenario } from '../harness/run-scenario';

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
    expect(r.events).toEqual(douyinScenario.expected);
    expect(r.viewers).toEqual(douyinScenario.viewers);
    expect(r.health?.state).toBe('attached');
    expect(r.blocked).toEqual([]);
    expect(r.otherRequests).toEqual([]);
  });
});
