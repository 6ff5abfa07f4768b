import type { LiveCopilotDb } from './db';
import type { EndReason, StreamRecord } from './schema';
import { decideAttach, newStream } from '../session/session';

export interface AttachInput {
  roomKey: string;
  platform: StreamRecord['platform'];
  url: string;
  title?: string;
}

/** The newest stream of a room that has not been marked ended. */
export async function openStreamFor(db: LiveCopilotDb, roomKey: string): Promise<StreamRecord | undefined> {
  const rows = await db.streams.where('roomKey').equals(roomKey).toArray();
  return rows.filter((s) => s.endedAt === undefined).sort((a, b) => b.startedAt - a.startedAt)[0];
}

/** Continue the room's open stream or start a new one; the whole decision runs in one transaction. */
export function attachStream(db: LiveCopilotDb, input: AttachInput, now: number): Promise<StreamRecord> {
  return db.transaction('rw', db.streams, async () => {
    const open = await openStreamFor(db, input.roomKey);
    const decision = decideAttach(open, now);
    if (decision.action === 'continue' && open) {
      if (input.title && input.title !== open.title) await db.streams.update(decision.streamId, { title: input.title });
      return { ...open, title: input.title || open.title };
    }
    if (decision.action === 'start' && decision.closeSilent !== undefined && open)
      await db.streams.update(decision.closeSilent, { endedAt: open.lastEventAt, endReason: 'silence' });
    const record = newStream(input, now);
    const id = await db.streams.add(record);
    return { ...record, id };
  });
}

export async function endStream(db: LiveCopilotDb, streamId: number, reason: EndReason, now: number): Promise<void> {
  await db.streams
    .where('id')
    .equals(streamId)
    .modify((s) => {
      if (s.endedAt === undefined) {
        s.endedAt = now;
        s.endReason = reason;
      }
    });
}

export function listStreams(db: LiveCopilotDb, limit = 200): Promise<StreamRecord[]> {
  return db.streams.orderBy('startedAt').reverse().limit(limit).toArray();
}
