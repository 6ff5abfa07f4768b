import { useTranslation } from 'react-i18next';

export interface RowProblem {
  line: number;
  key?: string;
  message: string;
}

/** Every bad row of an imported file with its line number, as text (file contents are untrusted). */
export function RowErrors({ errors, testId }: { errors: readonly RowProblem[]; testId: string }) {
  const { t } = useTranslation();
  const withKey = errors.some((e) => e.key);
  return (
    <table className="streams row-errors" data-testid={testId}>
      <thead>
        <tr>
          <th>{t('rowLine')}</th>
          {withKey && <th>{t('rowKey')}</th>}
          <th>{t('rowProblem')}</th>
        </tr>
      </thead>
      <tbody>
        {errors.map((e, i) => (
          <tr key={`${e.line}-${i}`} data-testid="row-error" data-line={e.line}>
            <td>{e.line}</td>
            {withKey && <td>{e.key ?? ''}</td>}
            <td>{e.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
