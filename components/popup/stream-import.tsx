import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDb } from '@/lib/db/db';
import { importStreamPlans } from '@/lib/db/stream-log-repo';
import { IMPORT_MAX_BYTES, sizeProblem } from '@/lib/files/decode-text';
import { bgMessaging } from '@/lib/messaging/bg-protocol';
import { readLogImport, type LogReadResult } from '@/lib/stream-log/read-log';
import { RowErrors } from '../row-errors';

type Outcome = { ok: true; file: string; count: number } | { ok: false; message: string };

/**
 * Imports an event log as new, ended streams. Nothing is stored until the user presses Import; a log
 * with bad lines lists each one (line number and problem) and offers only "Import N good lines, skip M".
 */
export function StreamImport() {
  const { t } = useTranslation('popup');
  const [pending, setPending] = useState<{ file: string; plan: LogReadResult }>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setOutcome(undefined);
    // Too big a file is refused before it is read; bytes, not text, so a non-UTF-8 file is named as such.
    const fatal = (message: string): LogReadResult => ({ streams: [], errors: [], good: 0, fatal: message });
    const tooBig = sizeProblem(file.size, IMPORT_MAX_BYTES.log);
    const plan = tooBig ? fatal(tooBig) : await file.arrayBuffer().then((b) => readLogImport(new Uint8Array(b)), (e: unknown) => fatal(`the file could not be read (${String(e)})`));
    setPending({ file: file.name, plan });
  };
  const commit = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const ids = await importStreamPlans(getDb(), pending.plan.streams, pending.file);
      setOutcome({ ok: true, file: pending.file, count: ids.length });
      setPending(undefined);
      // Labels the log did not carry, and the question queue: the worker's job, as for captured events.
      for (const streamId of ids) void bgMessaging.sendMessage('bg:streamImported', { streamId }).catch((e: unknown) => console.warn('[live-copilot] worker not told of import', e));
    } catch (e) {
      setOutcome({ ok: false, message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  const plan = pending?.plan;
  const bad = plan?.errors.length ?? 0;
  return (
    <section className="stream-import" data-testid="stream-import">
      <h2 style={{ fontSize: 14 }}>{t('streamLog.importHeading')}</h2>
      <label>
        {t('streamLog.choose')} <input type="file" accept=".jsonl,.ndjson,.json,application/x-ndjson" onChange={(e) => void choose(e.currentTarget)} data-testid="stream-import-file" />
      </label>
      {pending && plan && (
        <div data-testid="stream-import-preview">
          {plan.fatal && (
            <p className="import-fatal" role="alert" data-testid="stream-import-fatal">
              {t('streamLog.fatal', { file: pending.file, message: plan.fatal })}
            </p>
          )}
          <p role={bad ? 'alert' : undefined} hidden={!!plan.fatal && !bad}>
            {bad
              ? t('streamLog.bad', { file: pending.file, count: bad })
              : plan.good
                ? t('streamLog.ready', { file: pending.file, lines: plan.good, count: plan.streams.length })
                : t('streamLog.empty', { file: pending.file })}
          </p>
          {bad > 0 && <RowErrors errors={plan.errors} testId="stream-import-errors" />}
          <button disabled={busy || !plan.good} onClick={() => void commit()} data-testid="stream-import-commit">
            {bad ? t('streamLog.importGood', { good: plan.good, bad }) : t('streamLog.importAll')}
          </button>{' '}
          <button onClick={() => setPending(undefined)} data-testid="stream-import-cancel">{t('streamLog.cancel')}</button>
        </div>
      )}
      {outcome && (
        <p role="status" data-testid="stream-import-outcome" data-ok={outcome.ok}>
          {outcome.ok ? t('streamLog.done', { file: outcome.file, count: outcome.count }) : t('streamLog.failed', { message: outcome.message })}
        </p>
      )}
    </section>
  );
}
