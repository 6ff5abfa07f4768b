import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taobaoScenario as S } from '../fixtures/taobao/scenario';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { comparable, runScenario } from '../harness/scenario-check';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

describe('Taobao Live: capture from a faithful page under the real URL', () => {
  it('captures comments, 正在去买 purchases, joins and follows once, through a late fill, list trimming and a re-rendered list', async () => {
    const run = await runScenario(b, S.html, S.url, S.expected.length);
    const { got, want, viewers } = comparable(run.events, S.expected);
    expect(got).toEqual(want);
    expect(viewers).toEqual(S.viewers);
    expect(run.health?.state).toBe('attached');
    expect(run.events.every((e) => e.platform === 'taobao')).toBe(true);
    // Nothing but the page itself (and its images, answered locally) was requested.
    expect(run.blocked).toEqual([]);
    expect(run.requests).toEqual([S.url]);
  });
});
