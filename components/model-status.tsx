import { useEffect, useState } from 'react';
import { mlMessaging } from '@/lib/messaging/ml-protocol';
import type { MlStatus } from '@/lib/ml/labels';

/** Polls the models' document: which backend runs, or why labels are missing. */
export function useModelStatus(everyMs = 2000): MlStatus | { state: 'unreachable'; message: string } | undefined {
  const [status, setStatus] = useState<MlStatus | { state: 'unreachable'; message: string }>();
  useEffect(() => {
    let alive = true;
    const poll = () =>
      mlMessaging
        .sendMessage('ml:status')
        .then((s) => alive && setStatus(s))
        .catch((e: unknown) => alive && setStatus({ state: 'unreachable', message: e instanceof Error ? e.message : String(e) }));
    void poll();
    const t = setInterval(poll, everyMs);
    return () => {
      alive = false;
      clearInterval(t);
    };
  }, [everyMs]);
  return status;
}

export function ModelStatus() {
  const s = useModelStatus();
  if (!s) return null;
  const text =
    s.state === 'ready'
      ? `Models: ${s.backend}${s.message ? ` (${s.message})` : ''}`
      : s.state === 'loading'
        ? 'Models loading…'
        : `Models unavailable — messages are kept unlabelled (${s.message ?? 'no detail'})`;
  return (
    <span className={`chip model-${s.state}`} data-testid="model-status" data-state={s.state} data-backend={'backend' in s ? (s.backend ?? '') : ''} title={text}>
      {text}
    </span>
  );
}
