import { useTranslation } from 'react-i18next';
import type { FaqRecord } from '@/lib/db/schema';
import { DeleteButton } from './delete-button';

interface Props {
  entries: FaqRecord[];
  onEdit(id: string): void;
  onDelete(id: string): void;
  onToggle(e: FaqRecord, enabled: boolean): void;
}

export function FaqTable({ entries, onEdit, onDelete, onToggle }: Props) {
  const { t } = useTranslation('options');
  return (
    <table className="streams" data-testid="faq-list">
      <thead>
        <tr>
          {(['id', 'lang', 'questions', 'answers', 'product', 'enabled'] as const).map((k) => <th key={k}>{t(`field.${k}`)}</th>)}
          <th>{t('action.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} data-testid="faq-row" data-id={e.id}>
            <td>{e.id}</td>
            <td>{e.lang === 'any' ? t('faq.anyLang') : e.lang}</td>
            <td><ul className="cell-list">{e.questions.map((q) => <li key={q}>{q}</li>)}</ul></td>
            <td><ul className="cell-list">{e.answers.map((a) => <li key={a}>{a}</li>)}</ul></td>
            <td>{e.product ?? ''}</td>
            <td>
              <label>
                <input type="checkbox" checked={e.enabled} onChange={(ev) => onToggle(e, ev.target.checked)} data-testid="faq-row-enabled" />{' '}
                {e.enabled ? t('faq.enabled') : t('faq.disabled')}
              </label>
            </td>
            <td className="row-actions">
              <button onClick={() => onEdit(e.id)} data-testid="faq-edit">{t('action.edit')}</button>{' '}
              <DeleteButton onDelete={() => onDelete(e.id)} testId="faq-delete" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
