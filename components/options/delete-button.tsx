import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Two clicks to delete: the first turns the button into "Really delete?" (no modal dialog). */
export function DeleteButton({ onDelete, testId }: { onDelete(): void; testId: string }) {
  const { t } = useTranslation('options');
  const [armed, setArmed] = useState(false);
  return armed ? (
    <button className="danger" onClick={onDelete} onBlur={() => setArmed(false)} data-testid={`${testId}-confirm`} autoFocus>
      {t('action.confirmDelete')}
    </button>
  ) : (
    <button onClick={() => setArmed(true)} data-testid={testId}>{t('action.delete')}</button>
  );
}
