/**
 * Writes into a page's own chat box and submits it as a person would, then waits to see the
 * message come back as a chat row (the content-script side of `cs:insert` / `cs:send`). Each
 * platform's markup is data (adapter.chatInput); this file is the one DOM routine for all of them.
 *
 * Typing: a textarea/input gets its value through the element's own value setter plus an `input`
 * event (what React-controlled boxes listen to); a contenteditable editor (YouTube, Twitch, TikTok,
 * Kick) gets `insertText` through the editing command, which fires the beforeinput/input events its
 * editor framework handles, with a plain text + input event fallback. Submitting: the page's send
 * button when it has an enabled one, else Enter on the box.
 */
import type { ChatActionResult } from '../messaging/cs-protocol';
import { queryFirst, type ChatInputSpec, type PlatformAdapter } from '../platforms/types';
import { showsSent } from './chat-text';

export interface SendEnv {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  MutationObserver: typeof MutationObserver;
}

type Editable = HTMLElement & { value?: string };

const isField = (el: Element): el is HTMLTextAreaElement | HTMLInputElement => el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
const textIn = (el: Editable) => (isField(el) ? el.value : (el.textContent ?? ''));

export function findInput(doc: Document, spec: ChatInputSpec): Editable | null {
  const el = queryFirst(doc, spec.input) as Editable | null;
  if (!el || el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true') return null;
  return el;
}

function setText(doc: Document, el: Editable, text: string): void {
  el.focus();
  if (isField(el)) {
    // The prototype's setter: a React-controlled field ignores a plain `.value =` assignment.
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set;
    if (setter) setter.call(el, text);
    else el.value = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  const sel = doc.defaultView?.getSelection();
  if (sel) {
    const range = doc.createRange();
    range.selectNodeContents(el);
    sel.removeAllRanges();
    sel.addRange(range);
  }
  let ok = false;
  try {
    ok = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    ok = false;
  }
  if (!ok || !textIn(el).includes(text)) {
    el.textContent = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
}

const SEND_WORDS = /^(send|post|发送|发布|发)$/i;

/** The page's enabled send button: the spec's, or a button labelled "Send"/"发送" near the box. */
function sendButton(doc: Document, spec: ChatInputSpec, input: Element): HTMLElement | null {
  const usable = (b: Element | null): b is HTMLElement => !!b && !b.hasAttribute('disabled') && b.getAttribute('aria-disabled') !== 'true';
  const own = spec.send ? queryFirst(doc, spec.send) : null;
  if (usable(own)) return own;
  let scope: Element | null = input.parentElement;
  for (let i = 0; i < 3 && scope; i += 1, scope = scope.parentElement) {
    const b = Array.from(scope.querySelectorAll('button, [role="button"]')).find((x) => SEND_WORDS.test((x.textContent ?? x.getAttribute('aria-label') ?? '').trim()) || SEND_WORDS.test(x.getAttribute('aria-label') ?? ''));
    if (usable(b ?? null)) return b as HTMLElement;
  }
  return null;
}

function pressEnter(el: HTMLElement): void {
  for (const type of ['keydown', 'keypress', 'keyup'])
    el.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true } as KeyboardEventInit));
}

/** Puts a draft in the box for the host to edit and send; never submits. */
export function insertDraft(doc: Document, adapter: PlatformAdapter, text: string): ChatActionResult {
  const spec = adapter.chatInput;
  if (!spec) return { state: 'unsupported', detail: `${adapter.platform}: the extension cannot write into this chat` };
  const input = findInput(doc, spec);
  if (!input) return { state: 'failed', detail: blockedDetail(doc, spec) };
  setText(doc, input, text);
  return textIn(input).includes(text) ? { state: 'inserted' } : { state: 'failed', detail: 'the page refused the text' };
}

const blockedDetail = (doc: Document, spec: ChatInputSpec) =>
  spec.blocked && queryFirst(doc, spec.blocked) ? 'the chat box is disabled here (signed out, or chat is closed)' : 'no chat box found on this page';

/** The parsed text of each chat row now in the container, by row element. */
function rowTexts(adapter: PlatformAdapter, container: Element): Map<Element, { text: string; author?: string }> {
  const out = new Map<Element, { text: string; author?: string }>();
  for (const row of adapter.rowsIn(container)) {
    const p = adapter.parseRow(row);
    if (p && p !== 'retry' && p.text) out.set(row, { text: p.text, author: p.author?.name });
  }
  return out;
}

/**
 * Types `text`, submits it, and resolves once a chat row shows it ('confirmed', with the author the
 * page gave it: the user's own account name) or after `timeoutMs` ('failed').
 */
export function sendAndConfirm(doc: Document, adapter: PlatformAdapter, text: string, timeoutMs: number, env: SendEnv): Promise<ChatActionResult> {
  const spec = adapter.chatInput;
  if (!spec) return Promise.resolve({ state: 'unsupported', detail: `${adapter.platform}: the extension cannot write into this chat` });
  if (text.length > spec.maxLength) return Promise.resolve({ state: 'failed', detail: `longer than ${adapter.platform}'s ${spec.maxLength}-character limit` });
  const input = findInput(doc, spec);
  if (!input) return Promise.resolve({ state: 'failed', detail: blockedDetail(doc, spec) });
  const container = adapter.findContainer(doc);
  if (!container) return Promise.resolve({ state: 'failed', detail: 'no chat list to confirm the message in' });
  const before = rowTexts(adapter, container);
  setText(doc, input, text);
  if (!textIn(input).includes(text)) return Promise.resolve({ state: 'failed', detail: 'the page refused the text' });
  return new Promise((resolve) => {
    let done = false;
    const finish = (r: ChatActionResult) => {
      if (done) return;
      done = true;
      obs.disconnect();
      env.clearTimeout(timer);
      resolve(r);
    };
    const check = () => {
      for (const [row, r] of rowTexts(adapter, container)) {
        if (before.get(row)?.text === r.text) continue; // shown before we sent (a recycled row counts anew)
        if (showsSent(r.text, text)) return finish({ state: 'confirmed', ...(r.author ? { author: r.author } : {}) });
      }
    };
    const obs = new env.MutationObserver(check);
    obs.observe(container, { childList: true, subtree: true, characterData: true });
    const timer = env.setTimeout(() => {
      finish({ state: 'failed', detail: textIn(input).includes(text) ? 'the page did not take the message (it is still in the box)' : `not seen in chat within ${Math.round(timeoutMs / 1000)} s` });
    }, timeoutMs);
    const button = sendButton(doc, spec, input);
    if (button) button.click();
    else pressEnter(input);
    check();
  });
}
