import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bgMessaging } from '@/lib/messaging/bg-protocol';
import { mlMessaging } from '@/lib/messaging/ml-protocol';
import type { MlStatus } from '@/lib/ml/labels';

type Shown = MlStatus | { state: 'unreachable'; message: string };

/** Polls a value every `everyMs` while mounted (undefined until the first answer). */
function usePoll<T>(get: () => Promise<T>, onError: (e: unknown) => T | undefined, everyMs: number): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let alive = true;
    const poll = () =>
      get()
        .then((v) => alive && setValue(v))
        .catch((e: unknown) => alive && setValue(onError(e)));
    void poll();
    const t = setInterval(poll, everyMs);
    return () => {
      alive = false;
      clearInterval(t);
    };
    // get/onError are module-level functions below: stable.
  }, [everyMs]);
  return value;
}

const statusOf = () => mlMessaging.sendMessage('ml:status');
const unreachable = (e: unknown): Shown => ({ state: 'unreachable', message: e instanceof Error ? e.message : String(e) });
const labellingOf = () => bgMessaging.sendMessage('bg:labelling', { batches: 0 });

/** Polls the models' document: which backend runs, or why labels are missing. */
export function useModelStatus(everyMs = 2000): Shown | undefined {
  return usePoll<Shown>(statusOf, unreachable, everyMs);
}

export function ModelStatus() {
  const { t } = useTranslation('models');
  const s = useModelStatus();
  const lag = usePoll(labellingOf, () => undefined, 2000);
  if (!s) return null;
  const measuring = s.state === 'loading' && s.message !== undefined;
  const text =
    s.state === 'ready'
      ? `${t('status.ready', { backend: s.backend })}${s.message ? ` (${s.message})` : ''}`
      : s.state === 'loading'
        ? t(measuring ? 'status.measuring' : 'status.loading')
        : t('status.failed', { detail: s.message ?? t('status.noDetail') });
  const behind = lag && lag.backlog > 0 ? t('status.behind', { count: lag.backlog, seconds: lag.etaMs === null ? '?' : Math.ceil(lag.etaMs / 1000) }) : null;
  return (
    <>
      <span className={`chip model-${s.state}`} data-testid="model-status" data-state={s.state} data-backend={'backend' in s ? (s.backend ?? '') : ''} title={text}>
        {text}
      </span>
      {behind && (
        <span className="chip" data-testid="label-backlog" data-backlog={lag?.backlog}>
          {behind}
        </span>
      )}
    </>
  );
}
