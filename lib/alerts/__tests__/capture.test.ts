import { describe, expect, it } from 'vitest';
import { bySeverity } from '../types';
import { captureAlerts, CAPTURE_RULE } from '../capture';

const S = 1000;
const stream = { eventCount: 100, labelledSeq: 99, startedAt: 0 };
const attached = (updatedAt = 0) => ({ state: 'attached' as const, detail: 'attached, 5 rows seen', updatedAt });
const kinds = (a: { kind: string }[]) => a.map((x) => x.kind);

describe('capture-health alerts', () => {
  it('nothing to say when capture is attached, chat flows and labels keep up', () => {
    expect(captureAlerts({ now: 100 * S, health: attached(), stream, lastChatTs: 95 * S, viewers: 300, models: 'ready' })).toEqual([]);
  });

  it('a tab nobody captures, while a stream is live', () => {
    expect(kinds(captureAlerts({ now: 0, stream }))).toEqual(['capture_none']);
    expect(captureAlerts({ now: 0, stream: { ...stream, endedAt: 5 } })).toEqual([]);
  });

  it('broken selectors and walls are errors carrying the page’s detail', () => {
    const a = captureAlerts({ now: 0, stream, health: { state: 'no-rows', detail: '0 rows matched for 12 s', updatedAt: 0 } });
    expect(a).toEqual([{ kind: 'capture_unreadable', severity: 'error', values: {}, detail: '0 rows matched for 12 s' }]);
    expect(kinds(captureAlerts({ now: 0, stream, health: { state: 'wall', detail: 'log in', updatedAt: 0 } }))).toEqual(['capture_blocked']);
  });

  it('waiting for the chat becomes an alert after WAITING_MS', () => {
    const h = { state: 'waiting' as const, detail: 'waiting for chat', updatedAt: 0 };
    expect(captureAlerts({ now: CAPTURE_RULE.WAITING_MS - 1, stream, health: h })).toEqual([]);
    expect(captureAlerts({ now: CAPTURE_RULE.WAITING_MS, stream, health: h })[0]).toMatchObject({ kind: 'capture_waiting', values: { seconds: 15 } });
  });

  it('a silent chat while people watch', () => {
    const at = (lastChatTs: number | undefined, viewers: number) => kinds(captureAlerts({ now: 200 * S, health: attached(), stream, lastChatTs, viewers }));
    expect(at(130 * S, 300)).toEqual(['chat_silent']);
    expect(at(150 * S, 300)).toEqual([]);
    expect(at(130 * S, 0)).toEqual([]);
    // No chat message at all since the stream started.
    expect(at(undefined, 300)).toEqual(['chat_silent']);
  });

  it('labels far behind capture, and models that failed', () => {
    const behind = captureAlerts({ now: 0, health: attached(), stream: { ...stream, eventCount: 1000, labelledSeq: 600 } });
    expect(behind).toEqual([{ kind: 'labels_behind', severity: 'info', values: { count: 399 } }]);
    expect(kinds(captureAlerts({ now: 0, health: attached(), stream: { ...stream, labelledSeq: undefined, eventCount: 1000 }, models: 'failed' }))).toEqual(['models_failed']);
  });

  it('orders alerts most severe first', () => {
    const a = captureAlerts({ now: 0, stream: { ...stream, eventCount: 1000, labelledSeq: 0 }, health: { state: 'no-rows', detail: 'x', updatedAt: 0 } });
    expect(kinds(bySeverity([...a].reverse()))).toEqual(['capture_unreadable', 'labels_behind']);
  });
});
