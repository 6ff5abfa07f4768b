/**
 * A Twitch room that goes on after a reload or a renderer crash, as a live stream does: the replay
 * is cut into segments and each load of the page plays the next one, with the rows shown so far
 * already on the page when it loads (the platform re-renders recent chat; capture must take them as
 * history, never store them again). Between segments nothing happens, so a test can reload or crash
 * the page at a moment it knows: everything the page showed up to then, and nothing else, happened.
 */
import type { BrowserContext } from 'playwright-core';
import { twitchChannelPage } from '../fixtures/pages';
import type { ReplayStep } from '../fixtures/replay-types';

/** Rows of earlier segments the next load shows as history (the fixture page keeps 150 at most). */
const HISTORY_ROWS = 20;
/** The first step of a segment plays this long after capture attached. */
const LEAD_MS = 200;

const keyOf = (s: ReplayStep): string | undefined => ('key' in s ? s.key : undefined);

/**
 * Indexes near the given fractions where the replay can be cut: no later step touches a row added
 * before the cut (a deletion or late fill of a history row would not be a fair expectation).
 */
export function cutPoints(steps: readonly ReplayStep[], fractions: readonly number[]): number[] {
  const valid = (c: number) => {
    const before = new Set(steps.slice(0, c).flatMap((s) => (s.op === 'add' && s.key ? [s.key] : [])));
    return steps.slice(c).every((s) => s.op === 'add' || !before.has(keyOf(s) ?? ''));
  };
  return fractions.map((f) => {
    let c = Math.max(1, Math.round(steps.length * f));
    while (c < steps.length - 1 && !valid(c)) c++;
    return c;
  });
}

export interface SegmentedRoom {
  url: string;
  /** How many times the page was served (the load now showing plays segment min(loads, n) - 1). */
  loads(): number;
  segments: number;
}

/** Serves https://www.twitch.tv/<channel> (over the demo site's route) as consecutive segments. */
export async function serveSegmentedRoom(context: BrowserContext, channel: string, steps: readonly ReplayStep[], cuts: readonly number[], speed: number): Promise<SegmentedRoom> {
  const url = `https://www.twitch.tv/${channel}`;
  const bounds = [0, ...cuts, steps.length];
  let served = 0;
  const pageFor = (seg: number): string => {
    const from = bounds[seg]!;
    const part = steps.slice(from, bounds[seg + 1]);
    const shift = part[0]!.at - LEAD_MS;
    const history = steps
      .slice(0, from)
      .flatMap((s) => (s.op === 'add' ? [s.html] : []))
      .slice(-HISTORY_ROWS)
      .join('');
    const html = twitchChannelPage(channel, `${channel} (segment ${seg + 1})`, part.map((s) => ({ ...s, at: s.at - shift })), speed);
    const log = 'role="log">';
    if (!html.includes(log)) throw new Error('the Twitch fixture page has no chat log container');
    return html.replace(log, log + history);
  };
  await context.route(url, (route) => {
    const seg = Math.min(served, bounds.length - 2);
    served++;
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pageFor(seg) });
  });
  return { url, loads: () => served, segments: bounds.length - 1 };
}
