import type { ExtensionMessenger, GetDataType, GetReturnType, MaybePromise } from '@webext-core/messaging';
import type { Browser } from 'wxt/browser';

export type Sender = Browser.runtime.MessageSender;

/** One handler per message of a protocol map: the compiler checks that none is missing. */
export type Handlers<P extends Record<string, unknown>> = {
  [K in keyof P]: (data: GetDataType<P[K]>, sender: Sender) => MaybePromise<GetReturnType<P[K]>>;
};

export function registerHandlers<P extends Record<string, unknown>>(messenger: ExtensionMessenger<P>, handlers: Handlers<P>): () => void {
  const removers = (Object.keys(handlers) as (keyof P & string)[]).map((type) =>
    messenger.onMessage(type, (msg) => handlers[type](msg.data, msg.sender as Sender)),
  );
  return () => removers.forEach((r) => r());
}
