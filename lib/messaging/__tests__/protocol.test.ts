import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveCopilotDb } from '../../db/db';
import { bgHandlers } from '../../background/bg-handlers';
import { bgMessaging } from '../bg-protocol';
import { registerHandlers } from '../handlers';
import type { LiveEvent } from '../../events/live-event';

type Listener = (msg: unknown, sender: object, respond: (r: unknown) => void) => boolean | void;

/** A tiny chrome.runtime: delivers messages to listeners and their async answers back, like Chrome. */
function fakeChrome(sender: object) {
  const listeners: Listener[] = [];
  const runtime = {
    lastError: undefined as { message: string } | undefined,
    onMessage: { addListener: (l: Listener) => listeners.push(l), removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1) },
    sendMessage(msg: unknown, cb: (r: unknown) => void) {
      const copy = JSON.parse(JSON.stringify(msg)) as unknown; // payloads must survive structured cloning as JSON
      let async = false;
      for (const l of listeners) if (l(copy, sender, (r) => cb(JSON.parse(JSON.stringify(r)))) === true) async = true;
      if (!async) {
        runtime.lastError = { message: 'Could not establish connection. Receiving end does not exist.' };
        cb(undefined);
        runtime.lastError = undefined;
      }
    },
  };
  return { runtime };
}

let db: LiveCopilotDb;
let unregister: () => void = () => {};
beforeEach(() => {
  db = new LiveCopilotDb(`proto-${Math.random()}`);
  (globalThis as { chrome?: unknown }).chrome = fakeChrome({ id: 'extension-id', url: 'https://www.twitch.tv/abc', tab: { id: 42 }, frameId: 0 });
});
afterEach(async () => {
  unregister();
  await db.delete();
});

const event = (id: string, extra: Partial<LiveEvent> = {}): LiveEvent => ({
  platform: 'twitch', streamKey: 'twitch:abc', kind: 'comment', id, ts: 1, author: { name: 'a', role: 'viewer' }, text: 'hi', ...extra,
});

describe('bg: protocol over @webext-core/messaging', () => {
  it('stores a capture batch and answers with a typed ack, rejecting malformed rows with reasons', async () => {
    unregister = registerHandlers(bgMessaging, bgHandlers({ db, now: () => 1000, extensionId: 'extension-id' }));
    const ack = await bgMessaging.sendMessage('bg:capture', {
      roomKey: 'twitch:abc', platform: 'twitch', url: 'https://www.twitch.tv/abc',
      events: [event('1'), { ...event('2'), kind: 'shout' } as unknown as LiveEvent, event('3', { streamKey: 'twitch:other' })],
    });
    expect(ack).toMatchObject({ stored: 1, duplicates: 0 });
    expect(ack.rejected).toEqual([{ index: 1, reason: 'unknown kind "shout"' }, { index: -1, reason: '1 events belong to another room' }]);
    expect(await db.tabs.get(42)).toMatchObject({ roomKey: 'twitch:abc', streamId: ack.streamId });
  });

  it("records a batch's page pitches in the same transaction as its rows (nothing can read one without the other)", async () => {
    unregister = registerHandlers(bgMessaging, bgHandlers({ db, now: () => 1000, extensionId: 'extension-id' }));
    await db.products.add({ sku: 'NN-006', number: '6', title: '六号', aliases: [], price: 59, currency: 'CNY', stock: 5, sizes: [], colours: [], tags: [], description: '' });
    const scopes: string[][] = [];
    // The IndexedDB transaction underneath (a nested Dexie transaction shares its parent's).
    const watch = () => void scopes.push([...((Dexie.currentTransaction as unknown as { idbtrans?: IDBTransaction } | null)?.idbtrans?.objectStoreNames ?? [])].sort());
    db.pitches.hook('creating', watch);
    try {
      const ack = await bgMessaging.sendMessage('bg:capture', {
        roomKey: 'twitch:abc', platform: 'twitch', url: 'https://www.twitch.tv/abc',
        events: [event('p', { kind: 'product', text: undefined, product: { ref: '6' } }), event('q', { ts: 2, text: '这个多少钱' })],
      });
      expect(ack).toMatchObject({ stored: 2 });
    } finally {
      db.pitches.hook('creating').unsubscribe(watch);
    }
    expect(await db.pitches.toArray()).toMatchObject([{ sku: 'NN-006', source: 'page' }]);
    expect(scopes).toHaveLength(1);
    expect(scopes[0]).toContain('events');
  });

  it('stores the events even when a page pitch cannot be worked out (a catalog row it cannot read)', async () => {
    unregister = registerHandlers(bgMessaging, bgHandlers({ db, now: () => 1000, extensionId: 'extension-id' }));
    await db.products.add({ sku: 'BROKEN' } as never);
    const ack = await bgMessaging.sendMessage('bg:capture', {
      roomKey: 'twitch:abc', platform: 'twitch', url: 'https://www.twitch.tv/abc',
      events: [event('p', { kind: 'product', text: undefined, product: { ref: '6' } }), event('q', { ts: 2 })],
    });
    expect(ack).toMatchObject({ stored: 2 });
    expect(await db.events.count()).toBe(2);
  });

  it('records capture health for the sending tab and frame', async () => {
    unregister = registerHandlers(bgMessaging, bgHandlers({ db, now: () => 5, extensionId: 'extension-id' }));
    await bgMessaging.sendMessage('bg:health', { platform: 'twitch', state: 'no-rows', detail: '0 rows matched for 9 s while viewers > 0' });
    expect((await db.tabs.get(42))?.frames['0']).toEqual({ state: 'no-rows', detail: '0 rows matched for 9 s while viewers > 0', updatedAt: 5 });
  });

  it('rejects on the sender when nothing is listening (the outbox then retries)', async () => {
    await expect(bgMessaging.sendMessage('bg:health', { platform: 'twitch', state: 'waiting', detail: '' })).rejects.toThrow(/Receiving end does not exist/);
  });
});
