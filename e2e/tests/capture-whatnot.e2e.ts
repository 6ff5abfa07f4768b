import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whatnotScenario as S } from '../fixtures/whatnot/scenario';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { comparable, runScenario } from '../harness/scenario-check';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

describe('Whatnot live show: capture from a faithful page under the real URL', () => {
  it('captures chat, joins, tips, bids, the win and the next product once, through reused virtuoso items, a late fill and a re-mounted list', async () => {
    const run = await runScenario(b, S.html, S.url, S.expected.length);
    const { got, want, viewers } = comparable(run.events, S.expected);
    expect(got).toEqual(want);
    expect(viewers).toEqual(S.viewers);
    expect(run.health?.state).toBe('attached');
    expect(run.events.every((e) => e.platform === 'whatnot')).toBe(true);
    // Nothing but the page itself (and its images, answered locally) was requested.
    expect(run.blocked).toEqual([]);
    expect(run.requests).toEqual([S.url]);
  });
});
