import {
  AUTHOR_ROLES,
  EVENT_KINDS,
  PLATFORMS,
  type AuthorRole,
  type EventKind,
  type LiveEvent,
  type PlatformId,
} from './live-event';

export const isPlatformId = (v: unknown): v is PlatformId =>
  typeof v === 'string' && (PLATFORMS as readonly string[]).includes(v);
export const isEventKind = (v: unknown): v is EventKind =>
  typeof v === 'string' && (EVENT_KINDS as readonly string[]).includes(v);
export const isAuthorRole = (v: unknown): v is AuthorRole =>
  typeof v === 'string' && (AUTHOR_ROLES as readonly string[]).includes(v);

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optional = (v: unknown, t: 'string' | 'number') => v === undefined || typeof v === t;
const finite = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v));

/**
 * Explains why a value is not a valid LiveEvent, or returns null when it is.
 * The worker runs this on everything a content script sends: scraped pages are untrusted input.
 */
export function liveEventProblem(v: unknown): string | null {
  if (!isObj(v)) return 'not an object';
  // A line with no platform at all is usually not an event (e.g. a classify input {text}): say what one needs.
  if (v.platform === undefined) return 'not an event: no platform (an event needs platform, kind, streamKey, id, ts)';
  if (!isPlatformId(v.platform)) return `unknown platform ${JSON.stringify(v.platform)}`;
  if (!isEventKind(v.kind)) return `unknown kind ${JSON.stringify(v.kind)}`;
  if (typeof v.streamKey !== 'string' || !v.streamKey) return 'missing streamKey';
  if (typeof v.id !== 'string' || !v.id) return 'missing id';
  if (typeof v.ts !== 'number' || !Number.isFinite(v.ts)) return 'ts is not a finite number';
  if (v.author !== undefined) {
    const a = v.author;
    if (!isObj(a) || typeof a.name !== 'string' || !isAuthorRole(a.role)) return 'malformed author';
    if (!optional(a.id, 'string')) return 'malformed author id';
    if (a.badges !== undefined && !(Array.isArray(a.badges) && a.badges.every((b) => typeof b === 'string')))
      return 'malformed badges';
  }
  if (!optional(v.text, 'string') || !optional(v.currency, 'string') || !optional(v.gift, 'string'))
    return 'text/currency/gift must be strings';
  if (!optional(v.targetId, 'string')) return 'targetId must be a string';
  if (!finite(v.amount) || !finite(v.count) || !finite(v.viewers)) return 'amount/count/viewers must be finite numbers';
  if (v.kind === 'viewers' && typeof v.viewers !== 'number') return 'viewers event without a viewer count';
  if (v.kind === 'deletion' && typeof v.targetId !== 'string') return 'deletion without targetId';
  if (v.product !== undefined && !(isObj(v.product) && typeof v.product.ref === 'string')) return 'malformed product';
  return null;
}

export const isLiveEvent = (v: unknown): v is LiveEvent => liveEventProblem(v) === null;

/** Splits a batch into valid events and rejects with reasons, so one bad row never sinks the batch. */
export function partitionEvents(values: unknown[]): { valid: LiveEvent[]; rejected: { index: number; reason: string }[] } {
  const valid: LiveEvent[] = [];
  const rejected: { index: number; reason: string }[] = [];
  values.forEach((v, index) => {
    const reason = liveEventProblem(v);
    if (reason) rejected.push({ index, reason });
    else valid.push(v as LiveEvent);
  });
  return { valid, rejected };
}
