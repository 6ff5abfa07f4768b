import type { LiveEvent, PlatformId } from '../events/live-event';

/** What one chat row says, before the capture core stamps platform, stream, id and time on it. */
export type ParsedRow = Pick<LiveEvent, 'kind'> & Partial<Pick<LiveEvent, 'author' | 'text' | 'amount' | 'currency' | 'count' | 'gift' | 'product'>>;

/**
 * Selectors are data: each field is an ordered fallback list, semantic hooks first, hashed classes
 * (matched by prefix) last. `verified` dates the public source they were taken from.
 */
export interface SelectorTable {
  verified: string;
  source: string;
  container: readonly string[];
  row: readonly string[];
  viewers: readonly string[];
  [field: string]: readonly string[] | string;
}

/**
 * A page's own chat box, as data (selectors in fallback order, semantic hooks first) so the content
 * script can type a reply and submit it as a person would (lib/capture/chat-send.ts).
 */
export interface ChatInputSpec {
  /** The editable element: a textarea/input, or a contenteditable editor. */
  input: readonly string[];
  /** The send button, when the page has one; otherwise Enter submits. */
  send?: readonly string[];
  /** What the page shows instead of the box when the user may not chat (signed out, chat closed). */
  blocked?: readonly string[];
  /** The platform's message length limit, in characters. */
  maxLength: number;
  /** Public source of the markup and when it was checked. */
  source: string;
  verified: string;
  /** How sure the markup is: 'documented' by several maintained public projects, or 'weak' (one source). */
  evidence: 'documented' | 'weak';
}

export interface PlatformAdapter {
  readonly platform: PlatformId;
  /** Content-script match patterns (the manifest's host permissions are their union). */
  readonly matches: readonly string[];
  /** Whether the content script runs in every frame (chat inside an iframe). */
  readonly allFrames?: boolean;
  readonly selectors: SelectorTable;
  /** The room a URL shows, or null for pages that are not a live room. */
  roomKey(url: URL): string | null;
  title(doc: Document): string | undefined;
  findContainer(doc: Document): Element | null;
  /** Chat rows among a node the page added (the node itself, or rows nested in a wrapper). */
  rowsIn(node: Element): Element[];
  /** The platform's own message id of a row, when the page has one. */
  rowId(row: Element): string | undefined;
  /** Parse a row; 'retry' when it has not filled in yet, null when it is not a chat event. */
  parseRow(row: Element): ParsedRow | 'retry' | null;
  isDeleted?(row: Element): boolean;
  /** Attribute names whose change may mean a deletion (observed on rows). */
  readonly deletionAttributes?: readonly string[];
  readViewers(doc: Document): number | null;
  /** A login wall, captcha or "stream ended" screen, described for the user. */
  detectWall?(doc: Document): { state: 'wall' | 'ended'; detail: string } | null;
  /**
   * Virtual lists (Kick, TikTok, Whatnot, Douyin) reuse a row element for another message: when a
   * seen row's content changes to a different message, that is a new event.
   */
  readonly recyclesRows?: boolean;
  /** Rows inserted above already-seen rows are old history being loaded (TikTok), not news. */
  readonly insertedAboveIsHistory?: boolean;
  /** This frame only reads the audience; the chat lives in another frame of the tab. */
  chatElsewhere?(doc: Document): boolean;
  /** The page's chat box, on platforms where the extension can post (absent: it cannot). */
  readonly chatInput?: ChatInputSpec;
}

/** First element matching any selector of an ordered fallback list. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** All elements matching the first selector of the list that matches anything. */
export function queryAllFirst(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const s of selectors) {
    const els = root.querySelectorAll(s);
    if (els.length) return Array.from(els);
  }
  return [];
}

export const matchesAny = (el: Element, selectors: readonly string[]) => selectors.some((s) => el.matches(s));
