import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Edits a list field (sizes, aliases, questions…): one chip per item, × removes it, Enter or "Add"
 * appends what was typed. Items cannot contain "|", the separator of the CSV list columns.
 */
export function ListInput({ label, value, onChange, testId }: { label: string; value: string[]; onChange(v: string[]): void; testId: string }) {
  const { t } = useTranslation('options');
  const [draft, setDraft] = useState('');
  const add = () => {
    const items = draft.split('|').map((s) => s.trim()).filter((s) => s && !value.includes(s));
    if (items.length) onChange([...value, ...items]);
    setDraft('');
  };
  return (
    <div className="list-input" data-testid={testId}>
      <span className="field-label">{label}</span>
      <ul>
        {value.map((item) => (
          <li key={item} className="chip" data-testid="list-item">
            {item}{' '}
            <button type="button" aria-label={t('list.remove', { item })} onClick={() => onChange(value.filter((x) => x !== item))}>×</button>
          </li>
        ))}
      </ul>
      <input
        value={draft}
        placeholder={t('list.addPlaceholder')}
        aria-label={label}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }}
        data-testid={`${testId}-input`}
      />{' '}
      <button type="button" onClick={add} disabled={!draft.trim()}>{t('list.add')}</button>
    </div>
  );
}
