/** Which platforms the extension can post to, and the mode a stream really runs in (pure). */
import type { StreamRecord } from '../db/schema';
import type { PlatformId } from '../events/live-event';
import { ADAPTERS } from '../platforms/registry';
import type { ChatInputSpec } from '../platforms/types';
import type { FaqMode } from './types';

export const chatBoxOf = (p: PlatformId): ChatInputSpec | undefined => ADAPTERS.find((a) => a.platform === p)?.chatInput;

/** A platform without a chat box the extension can type into only ever gets suggestions. */
export const effectiveMode = (stream: Pick<StreamRecord, 'platform' | 'faqMode'>, defaultMode: FaqMode): FaqMode =>
  chatBoxOf(stream.platform) ? (stream.faqMode ?? defaultMode) : 'suggest';
