import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kickScenario as S } from '../fixtures/kick/scenario';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { comparable, runScenario } from '../harness/scenario-check';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

describe('Kick popout chat: capture from a faithful page under the real URL', () => {
  it('captures every comment, KICKs gift, sub and deletion once, through recycled slots, a late 7TV fill and a re-rendered list', async () => {
    const run = await runScenario(b, S.html, S.url, S.expected.length);
    const { got, want, viewers } = comparable(run.events, S.expected);
    expect(got).toEqual(want);
    expect(viewers).toEqual(S.viewers);
    expect(run.health?.state).toBe('attached');
    expect(run.events.every((e) => e.platform === 'kick')).toBe(true);
    // Nothing but the page itself (and its images, answered locally) was requested.
    expect(run.blocked).toEqual([]);
    expect(run.requests).toEqual([S.url]);
  });
});
