import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { productFromFields, type Product } from '@/lib/catalog';
import { ListInput } from './list-input';

type Text = 'sku' | 'number' | 'title' | 'price' | 'currency' | 'stock' | 'description';
type Lists = 'aliases' | 'sizes' | 'colours' | 'tags';
const TEXT: Text[] = ['sku', 'number', 'title', 'price', 'currency', 'stock'];
const LISTS: Lists[] = ['aliases', 'sizes', 'colours', 'tags'];

const str = (v: string | number | undefined) => (v === undefined ? '' : String(v));

/**
 * Adds or edits one product. The fields are checked by the catalog importer's own rules
 * (lib/catalog productFromFields), so a product saved here exports and re-imports unchanged.
 */
export function ProductForm({ initial, onSave, onCancel }: { initial?: Product; onSave(p: Product): Promise<string | null>; onCancel(): void }) {
  const { t } = useTranslation('options');
  const [text, setText] = useState<Record<Text, string>>({
    sku: str(initial?.sku), number: str(initial?.number), title: str(initial?.title), price: str(initial?.price),
    currency: str(initial?.currency), stock: str(initial?.stock), description: str(initial?.description),
  });
  const [lists, setLists] = useState<Record<Lists, string[]>>({
    aliases: initial?.aliases ?? [], sizes: initial?.sizes ?? [], colours: initial?.colours ?? [], tags: initial?.tags ?? [],
  });
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const r = productFromFields({ ...text, ...lists });
    setError('error' in r ? r.error : await onSave(r.product));
  };
  return (
    <form className="edit-form" data-testid="product-form" onSubmit={(e) => (e.preventDefault(), void submit())}>
      {TEXT.map((k) => (
        <label key={k}>
          <span className="field-label">{t(`field.${k}`)}</span>
          <input value={text[k]} onChange={(e) => setText({ ...text, [k]: e.target.value })} data-testid={`product-${k}`} />
        </label>
      ))}
      {LISTS.map((k) => (
        <ListInput key={k} label={t(`field.${k}`)} value={lists[k]} onChange={(v) => setLists({ ...lists, [k]: v })} testId={`product-${k}`} />
      ))}
      <label className="wide">
        <span className="field-label">{t('field.description')}</span>
        <textarea rows={3} value={text.description} onChange={(e) => setText({ ...text, description: e.target.value })} data-testid="product-description" />
      </label>
      {error && <p className="form-error" role="alert" data-testid="product-form-error">{error}</p>}
      <div className="wide">
        <button type="submit" data-testid="product-save">{t('action.save')}</button>{' '}
        <button type="button" onClick={onCancel}>{t('action.cancel')}</button>
      </div>
    </form>
  );
}
