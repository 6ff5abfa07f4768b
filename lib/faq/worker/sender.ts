/**
 * Delivers a reply to the page of a stream: the tab that captures it, the frame whose capture is
 * attached (YouTube's chat iframe, not the watch page around it), through `cs:send`.
 */
import type { LiveCopilotDb } from '../../db/db';
import { csMessaging, type ChatActionResult } from '../../messaging/cs-protocol';

export interface StreamChat {
  /** Type and submit, then wait for the message to show in chat. */
  send(streamId: number, text: string, confirmTimeoutMs: number): Promise<ChatActionResult>;
  /** Put a draft in the chat box without sending it. */
  insert(streamId: number, text: string): Promise<ChatActionResult>;
}

/** The frames of a stream's tabs that capture its chat, most recently healthy first. */
async function chatFrames(db: LiveCopilotDb, streamId: number) {
  const tabs = await db.tabs.where('streamId').equals(streamId).toArray();
  return tabs.flatMap((t) =>
    Object.entries(t.frames)
      .filter(([, h]) => h.state === 'attached')
      .sort((a, b) => b[1].updatedAt - a[1].updatedAt)
      .map(([frameId]) => ({ tabId: t.tabId, frameId: Number(frameId) })),
  );
}

const NOT_OPEN: ChatActionResult = { state: 'failed', detail: "the stream's page is not open (or its chat is not attached)" };
const noAnswer = (e: unknown): ChatActionResult => ({ state: 'failed', detail: `the page did not answer: ${e instanceof Error ? e.message : String(e)}` });

export function tabChat(db: LiveCopilotDb): StreamChat {
  return {
    async send(streamId, text, confirmTimeoutMs) {
      const [t] = await chatFrames(db, streamId);
      if (!t) return NOT_OPEN;
      return csMessaging.sendMessage('cs:send', { text, confirmTimeoutMs }, t).catch(noAnswer);
    },
    async insert(streamId, text) {
      const [t] = await chatFrames(db, streamId);
      if (!t) return NOT_OPEN;
      return csMessaging.sendMessage('cs:insert', { text }, t).catch(noAnswer);
    },
  };
}
