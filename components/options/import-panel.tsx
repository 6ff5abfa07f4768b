import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readImport } from '@/lib/catalog/read-import';
import type { ImportResult } from '@/lib/catalog/types';
import { IMPORT_MAX_BYTES, sizeProblem } from '@/lib/files/decode-text';
import type { ImportCounts, ImportMode } from '@/lib/db/catalog-repo';
import { RowErrors } from '../row-errors';

interface Props<T> {
  /** 'catalog' | 'faq': prefixes the test ids. */
  name: string;
  parse(text: string): ImportResult<T>;
  /** `file`: the chosen file's name (the catalog is stored under it, lib/catalog/scope.ts). */
  store(rows: T[], mode: ImportMode, file: string): Promise<ImportCounts>;
}

type Pending<T> = { file: string; result: ImportResult<T> };
type Outcome = { ok: true; file: string; counts: ImportCounts } | { ok: false; message: string };

/**
 * File import that stores nothing until the user says so: a clean file waits for "Import N rows",
 * a file with bad rows lists each one with its line and offers only "Import N good rows, skip M".
 */
export function ImportPanel<T>({ name, parse, store }: Props<T>) {
  const { t } = useTranslation('options');
  const [mode, setMode] = useState<ImportMode>('merge');
  const [pending, setPending] = useState<Pending<T>>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same (fixed) file again must fire again
    if (!file) return;
    setOutcome(undefined);
    // Too big a file is refused before it is read; bytes, not text, so a non-UTF-8 file is named as such.
    const fatal = (message: string): ImportResult<T> => ({ rows: [], errors: [], fatal: message });
    const tooBig = sizeProblem(file.size, IMPORT_MAX_BYTES.table);
    const result = tooBig ? fatal(tooBig) : await file.arrayBuffer().then((b) => readImport(new Uint8Array(b), parse), (e: unknown) => fatal(`the file could not be read (${String(e)})`));
    setPending({ file: file.name, result });
  };
  const commit = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      setOutcome({ ok: true, file: pending.file, counts: await store(pending.result.rows, mode, pending.file) });
      setPending(undefined);
    } catch (e) {
      setOutcome({ ok: false, message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  const r = pending?.result;
  return (
    <div className="import-panel" data-testid={`${name}-import`}>
      <label>
        {t('import.choose')}{' '}
        <input type="file" accept=".csv,.json,text/csv,application/json" data-testid={`${name}-file`} onChange={(e) => void choose(e.currentTarget)} />
      </label>
      <fieldset className="import-mode">
        <legend>{t('import.mode')}</legend>
        {(['merge', 'replace'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name={`${name}-mode`} value={m} checked={mode === m} onChange={() => setMode(m)} data-testid={`${name}-mode-${m}`} /> {t(`import.${m}`)}
          </label>
        ))}
      </fieldset>
      {pending && r?.fatal && (
        <p className="import-fatal" role="alert" data-testid={`${name}-fatal`}>
          {t('import.fatal', { file: pending.file, message: r.fatal })}
        </p>
      )}
      {pending && r && !r.fatal && (
        <div data-testid={`${name}-preview`}>
          <p role={r.errors.length ? 'alert' : undefined}>
            {r.errors.length ? t('import.bad', { file: pending.file, count: r.errors.length }) : t('import.ready', { file: pending.file, count: r.rows.length })}
          </p>
          {r.errors.length > 0 && <RowErrors errors={r.errors} testId={`${name}-errors`} />}
          <button disabled={busy || !r.rows.length} onClick={() => void commit()} data-testid={`${name}-commit`}>
            {r.errors.length ? t('import.importGood', { good: r.rows.length, bad: r.errors.length }) : t('import.importAll', { count: r.rows.length })}
          </button>{' '}
          <button onClick={() => setPending(undefined)} data-testid={`${name}-cancel`}>{t('action.cancel')}</button>
        </div>
      )}
      {outcome && (
        <p role="status" data-testid={`${name}-outcome`} data-ok={outcome.ok}>
          {outcome.ok ? t('import.done', { file: outcome.file, ...outcome.counts }) : t('import.failed', { message: outcome.message })}
        </p>
      )}
    </div>
  );
}
