import type { BrowserContext } from 'playwright-core';
import type { ScenarioEvent } from '../fixtures/scenario-types';
import type { ExtensionBrowser } from './launch';
import { readCapture, routePage, settleCapture, type CapturedEvent, type CapturedHealth } from './capture-run';

const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** Captured events in the scenario's shape: keys assigned by position, deletions point at keys. */
export function comparable(captured: CapturedEvent[], expected: ScenarioEvent[]) {
  const events = captured.filter((e) => e.kind !== 'viewers');
  const keyOf = new Map(events.map((e, i) => [e.id, expected[i]?.key ?? `#${i}`]));
  const got = events.map((e) =>
    clean<ScenarioEvent>({
      kind: e.kind,
      author: e.author?.name,
      role: e.author?.role,
      text: e.kind === 'deletion' ? undefined : e.text,
      amount: e.amount,
      currency: e.currency,
      count: e.count,
      gift: e.gift,
      product: e.product ? clean(e.product) : undefined,
      target: e.targetId ? (keyOf.get(e.targetId) ?? `?${e.targetId}`) : undefined,
    }),
  );
  const want = expected.map(({ key: _k, ...rest }) => clean<ScenarioEvent>(rest));
  const viewers = captured.filter((e) => e.kind === 'viewers').map((e) => e.viewers ?? -1).filter((v, i, a) => i === 0 || a[i - 1] !== v);
  return { got, want, viewers };
}

export interface RunOptions {
  /** The scenario is already served (routePages) and unanswered requests go here; else it is routed for this run. */
  blocked?: string[];
  /** Called once the page has finished replaying (the quiet windows follow). */
  onReplayed?: () => void;
}

/** Serves the scenario under its real URL, plays it, waits for capture to settle, and reads it back. */
export async function runScenario(b: ExtensionBrowser, html: string, url: string, expectedCount = 0, opts: RunOptions = {}) {
  const requests: string[] = [];
  const ctx: BrowserContext = b.context;
  const blocked = opts.blocked ?? (await routePage(ctx, url, html, []));
  const page = await ctx.newPage();
  // Images are answered locally by routePage; everything else must be the page itself.
  page.on('request', (r) => void (r.resourceType() === 'image' || requests.push(r.url())));
  await page.goto(url);
  await page.waitForSelector('html[data-replay=done]', { state: 'attached', timeout: 60_000 });
  opts.onReplayed?.();
  await settleCapture(b, page, url, 2500);
  // A loaded machine can stretch the quiet window: wait (bounded) until every expected event is stored.
  for (const until = Date.now() + 20_000; Date.now() < until; await new Promise((r) => setTimeout(r, 250)))
    if ((await readCapture(b, url)).events.filter((e) => e.kind !== 'viewers').length >= expectedCount) break;
  // …then a quiet window again, so a late duplicate would still be seen.
  await settleCapture(b, page, url, 1500);
  const { events, health } = await readCapture(b, url);
  await page.close();
  if (!opts.blocked) await ctx.unrouteAll({ behavior: 'ignoreErrors' });
  return { events, health: health as CapturedHealth | undefined, blocked, requests };
}

const canon = (e: ScenarioEvent) => JSON.stringify(Object.entries(e).sort(([a], [b]) => a.localeCompare(b)));

/** The events as a sorted list: equal lists mean no loss, no duplicates and the same fields. */
export const asMultiset = (events: ScenarioEvent[]) => events.map(canon).sort();

/**
 * How far (in positions) any captured event sits from where the scenario expects it. A late-filled
 * row or a rewritten slot is recognised a few ms after the page changes it, so on a loaded machine
 * it may swap with a neighbour; a larger drift means events came out of order.
 */
export function orderDrift(got: ScenarioEvent[], want: ScenarioEvent[]): number {
  const slots = new Map<string, number[]>();
  want.forEach((e, i) => slots.set(canon(e), [...(slots.get(canon(e)) ?? []), i]));
  return got.reduce((max, e, i) => {
    const j = slots.get(canon(e))?.shift();
    return j === undefined ? Math.max(max, got.length) : Math.max(max, Math.abs(i - j));
  }, 0);
}
