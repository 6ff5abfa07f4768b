/** The reply card's two actions: copy a draft, or put it in the live page's chat box (never sent). */
import { csMessaging, type ChatActionResult } from '../messaging/cs-protocol';

export type ActionOutcome =
  | { kind: 'copied' }
  | { kind: 'copyFailed'; message: string }
  | { kind: 'inserted' }
  | { kind: 'insertUnsupported' }
  | { kind: 'insertFailed'; message: string }
  | { kind: 'noTab' };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export async function copyDraft(text: string): Promise<ActionOutcome> {
  try {
    await navigator.clipboard.writeText(text);
    return { kind: 'copied' };
  } catch (e) {
    return { kind: 'copyFailed', message: message(e) };
  }
}

/** What the content script said, for the host (only `inserted` put text in the box; nothing is ever sent from here). */
export function insertOutcome(r: ChatActionResult): ActionOutcome {
  if (r.state === 'inserted') return { kind: 'inserted' };
  if (r.state === 'unsupported') return { kind: 'insertUnsupported' };
  return { kind: 'insertFailed', message: r.detail ?? r.state };
}

export async function insertDraft(tabId: number | undefined, text: string): Promise<ActionOutcome> {
  if (tabId === undefined) return { kind: 'noTab' };
  try {
    return insertOutcome(await csMessaging.sendMessage('cs:insert', { text }, tabId));
  } catch (e) {
    // No content script answers in that tab (closed, navigated, or a page without capture).
    return { kind: 'insertFailed', message: message(e) };
  }
}
