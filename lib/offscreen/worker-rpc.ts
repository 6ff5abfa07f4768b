/**
 * The models' document and its model worker talk over postMessage. The offscreen document shares
 * the extension's renderer main thread with the side panel, so the models (tfjs, the tiers, the
 * label service) run in a dedicated Web Worker it starts; the document only relays the `ml:`
 * messages (lib/messaging/ml-protocol.ts) to it and back. One request per `ml:` message, answered
 * once by id; the payloads are the protocol's own plain-JSON ones, except embeddings, which cross as
 * one Float32Array whose buffer is transferred (no copy of the largest answer).
 */
import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import type { Handlers, Sender } from '../messaging/handlers';
import type { MlProtocol } from '../messaging/ml-protocol';
import type { BackendTrial } from '../realtime/backend-choice';
import type { MlBackend } from '../ml/labels';
import type { TierName } from '../realtime/tiers';
import type { OffscreenParams } from '../realtime/offscreen-params';

export type MlName = keyof MlProtocol;

/** A fresh backend measurement, for the worker (the service worker) to keep. */
export interface Measured {
  picked: MlBackend;
  reference: MlBackend;
  trials: BackendTrial[];
  ms: number;
}

/** Embeddings packed for transfer: `dims` numbers per text, a null text marked absent. */
export interface PackedVectors {
  packed: true;
  dims: number;
  present: boolean[];
  flat: Float32Array;
}

/** What a model worker is told first: the backend choice, and which tier it runs (absent: both). */
export interface WorkerInit extends OffscreenParams {
  role?: TierName;
}

/** A model worker's models are loaded: the tiers it answers for (none: its models failed) and on what backend. */
export interface WorkerReady {
  tiers: TierName[];
  backend: MlBackend | null;
}

export type ToWorker = { init: WorkerInit } | { id: number; name: MlName; data: unknown };
export type FromWorker =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string }
  | { event: 'measured'; data: Measured }
  | { event: 'ready'; data: WorkerReady };

export interface RelayEvents {
  onMeasured?(m: Measured): void;
  onReady?(r: WorkerReady): void;
}

/** The part of Worker / DedicatedWorkerGlobalScope / MessagePort both sides use. */
export interface RpcPort {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', fn: (e: MessageEvent) => void): void;
}

export function packVectors(vs: readonly (number[] | null)[]): PackedVectors {
  const dims = vs.find((v) => v)?.length ?? 0;
  const flat = new Float32Array(dims * vs.length);
  vs.forEach((v, i) => v && flat.set(v, i * dims));
  return { packed: true, dims, present: vs.map((v) => v !== null), flat };
}

export function unpackVectors(p: PackedVectors): (number[] | null)[] {
  return p.present.map((ok, i) => (ok ? Array.from(p.flat.subarray(i * p.dims, (i + 1) * p.dims)) : null));
}

const isPacked = (v: unknown): v is PackedVectors => typeof v === 'object' && v !== null && (v as PackedVectors).packed === true;

/** Worker side: answers each request with the handler of its name. */
export function serveHandlers(port: RpcPort, handlers: Handlers<MlProtocol>, sender: Sender = {}): void {
  port.addEventListener('message', (e: MessageEvent) => {
    const m = e.data as ToWorker;
    if (!('id' in m)) return;
    const handler = handlers[m.name] as (data: unknown, sender: Sender) => unknown;
    Promise.resolve()
      .then(() => handler(m.data, sender))
      .then(
        (value) => {
          if (m.name === 'ml:embed') {
            const p = packVectors(value as (number[] | null)[]);
            port.postMessage({ id: m.id, ok: true, value: p } satisfies FromWorker, [p.flat.buffer]);
          } else port.postMessage({ id: m.id, ok: true, value } satisfies FromWorker);
        },
        (err: unknown) => port.postMessage({ id: m.id, ok: false, error: err instanceof Error ? err.message : String(err) } satisfies FromWorker),
      );
  });
}

/**
 * Document side: an `ml:` handler per message that asks the worker. `fail(reason)` rejects every
 * request still waiting and every later one (the worker died: its answers will never come).
 */
export function relayHandlers(port: RpcPort, events: RelayEvents = {}) {
  let next = 0;
  // Once the worker is gone, asking it again fails at once instead of waiting for ever.
  let gone: string | null = null;
  const waiting = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  port.addEventListener('message', (e: MessageEvent) => {
    const m = e.data as FromWorker;
    if ('event' in m) {
      if (m.event === 'measured') events.onMeasured?.(m.data);
      else events.onReady?.(m.data);
      return;
    }
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.ok) w.ok(isPacked(m.value) ? unpackVectors(m.value) : m.value);
    else w.fail(new Error(m.error));
  });
  const call =
    <K extends MlName>(name: K) =>
    (data: GetDataType<MlProtocol[K]>): Promise<GetReturnType<MlProtocol[K]>> =>
      new Promise((ok, fail) => {
        if (gone !== null) return fail(new Error(gone));
        const id = next++;
        waiting.set(id, { ok: ok as (v: unknown) => void, fail });
        port.postMessage({ id, name, data } satisfies ToWorker);
      });
  const handlers: Handlers<MlProtocol> = {
    'ml:status': call('ml:status'),
    'ml:classify': call('ml:classify'),
    'ml:embed': call('ml:embed'),
    'ml:perf': call('ml:perf'),
  };
  return {
    handlers,
    fail(reason: string): void {
      gone = reason;
      for (const w of waiting.values()) w.fail(new Error(reason));
      waiting.clear();
    },
  };
}
