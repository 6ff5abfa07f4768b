import type { ExpectedEvent } from '../fixtures/replay-types';
import type { CapturedEvent } from './capture-run';

/** Captured events reduced to what a scenario's expectations state (ids and times vary per run). */
export function shapeOf(events: CapturedEvent[], keyOf: (id: string) => string | undefined = (id) => id) {
  return events
    .filter((e) => e.kind !== 'viewers')
    .map((e) =>
      strip({
        kind: e.kind,
        author: e.author?.name,
        role: e.author?.role,
        text: e.kind === 'deletion' ? undefined : e.text,
        amount: e.amount,
        currency: e.currency,
        count: e.count,
        gift: e.gift,
        targetKey: e.targetId === undefined ? undefined : keyOf(e.targetId),
      }),
    );
}

export function expectedShape(expected: ExpectedEvent[]) {
  return expected.map(({ key: _k, ...e }) => strip({ ...e }));
}

function strip<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}

/** For id-less platforms: maps a captured event id to the fixture key of the expected event at its position. */
export function keysByPosition(events: CapturedEvent[], expected: ExpectedEvent[]) {
  const ids = events.filter((e) => e.kind !== 'viewers').map((e) => e.id);
  return (id: string) => expected[ids.indexOf(id)]?.key;
}
