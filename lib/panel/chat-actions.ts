/** The reply card's two actions: copy a draft, or put it in the live page's chat box (never sent). */
import { csMessaging, type ChatActionResult } from '../messaging/cs-protocol';

export type ActionOutcome =
  | { kind: 'copied' }
  | { kind: 'copyFailed'; message: string }
  /** The browser refused the clipboard (the panel did not have the focus). */
  | { kind: 'copyBlocked' }
  | { kind: 'inserted' }
  | { kind: 'insertUnsupported' }
  | { kind: 'insertFailed'; message: string }
  /** No content script answers in the tab: the page was open before the extension (re)loaded. */
  | { kind: 'pageNotConnected' }
  | { kind: 'noTab' };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
// The browser's own words for these cases say nothing a host can act on; the panel says what to do.
const NO_RECEIVER = /receiving end does not exist|could not establish connection/i;
const CLIPBOARD_BLOCKED = /not focused|notallowederror|permission|denied/i;

export async function copyDraft(text: string): Promise<ActionOutcome> {
  try {
    await navigator.clipboard.writeText(text);
    return { kind: 'copied' };
  } catch (e) {
    const m = message(e);
    return CLIPBOARD_BLOCKED.test(`${e instanceof Error ? e.name : ''} ${m}`) ? { kind: 'copyBlocked' } : { kind: 'copyFailed', message: m };
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
    const m = message(e);
    return NO_RECEIVER.test(m) ? { kind: 'pageNotConnected' } : { kind: 'insertFailed', message: m };
  }
}
