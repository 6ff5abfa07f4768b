import type { CaptureScenario, ScenarioEvent } from '../fixtures/scenario-types';
import { readCapture, routePage, settleCapture, type CapturedEvent, type CapturedHealth } from './capture-run';
import type { ExtensionBrowser } from './launch';

export interface ScenarioResult {
  events: ScenarioEvent[];
  viewers: number[];
  health?: CapturedHealth;
  /** Requests other than the page itself (images are answered locally by the route). */
  otherRequests: string[];
  blocked: string[];
}

/** A captured event in the scenario's shape: only the fields that carry meaning, absent when absent. */
export function comparable(e: CapturedEvent): ScenarioEvent {
  const out: ScenarioEvent = { kind: e.kind as ScenarioEvent['kind'] };
  if (e.author) Object.assign(out, { author: e.author.name, role: e.author.role });
  for (const k of ['text', 'count', 'gift', 'amount', 'currency', 'product'] as const) if (e[k] !== undefined) Object.assign(out, { [k]: e[k] });
  return out;
}

/** Serves the scenario page under its real URL, lets it play, and returns what capture stored. */
export async function runScenario(b: ExtensionBrowser, s: CaptureScenario): Promise<ScenarioResult> {
  const blocked = await routePage(b.context, s.url, s.html);
  const page = await b.context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(s.url);
  await settleCapture(b, page, s.url);
  // On a loaded machine the worker may store the last events after the quiet window: wait for the
  // expected number (bounded), then for quiet again, so that extra events (duplicates) still show.
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && (await readCapture(b, s.url)).events.filter((e) => e.kind !== 'viewers').length < s.expected.length)
    await new Promise((r) => setTimeout(r, 250));
  await settleCapture(b, page, s.url);
  const { events, health } = await readCapture(b, s.url);
  await page.close();
  return {
    events: events.filter((e) => e.kind !== 'viewers').map(comparable),
    // Capture repeats an unchanged reading every 30 s: a slow run may hold one; count changes only.
    viewers: events.filter((e) => e.kind === 'viewers').map((e) => e.viewers ?? -1).filter((v, i, all) => i === 0 || v !== all[i - 1]),
    health,
    otherRequests: requests.filter((u) => u !== s.url && !/\.(png|webp|jpe?g|gif|image|svg)(~|$|\?)|~tplv-/.test(u)),
    blocked,
  };
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
