import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FAQ_LANGS, faqEntryFromFields, type FaqEntry } from '@/lib/catalog';
import { ListInput } from './list-input';

type Lists = 'questions' | 'answers' | 'keywords';
const LISTS: Lists[] = ['questions', 'answers', 'keywords'];

/** Adds or edits one FAQ entry, checked by the FAQ importer's own rules (lib/catalog faqEntryFromFields). */
export function FaqForm({ initial, skus, onSave, onCancel }: { initial?: FaqEntry; skus: string[]; onSave(e: FaqEntry): Promise<string | null>; onCancel(): void }) {
  const { t } = useTranslation('options');
  const [id, setId] = useState(initial?.id ?? '');
  const [lang, setLang] = useState<string>(initial?.lang ?? 'any');
  const [product, setProduct] = useState(initial?.product ?? '');
  const [enabled, setEnabled] = useState(initial?.enabled ?? true);
  const [regex, setRegex] = useState(initial?.regex ?? '');
  const [threshold, setThreshold] = useState(initial?.threshold === undefined ? '' : String(initial.threshold));
  const [lists, setLists] = useState<Record<Lists, string[]>>({ questions: initial?.questions ?? [], answers: initial?.answers ?? [], keywords: initial?.keywords ?? [] });
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const r = faqEntryFromFields({ id, lang, product, enabled, regex, threshold, ...lists }, new Set(skus));
    setError('error' in r ? r.error : await onSave(r.entry));
  };
  return (
    <form className="edit-form" data-testid="faq-form" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <label>
        <span className="field-label">{t('field.id')}</span>
        <input value={id} onChange={(e) => setId(e.target.value)} data-testid="faq-id" />
      </label>
      <label>
        <span className="field-label">{t('field.lang')}</span>
        <select value={lang} onChange={(e) => setLang(e.target.value)} data-testid="faq-lang">
          {FAQ_LANGS.map((l) => <option key={l} value={l}>{l === 'any' ? t('faq.anyLang') : l === 'en' ? 'English' : '中文'}</option>)}
        </select>
      </label>
      <label>
        <span className="field-label">{t('field.product')}</span>
        <select value={product} onChange={(e) => setProduct(e.target.value)} data-testid="faq-product">
          <option value="">{t('field.noProduct')}</option>
          {/* An entry tied to a sku no longer in the catalog still shows it, so the user sees why it fails. */}
          {[...new Set([...skus, ...(product ? [product] : [])])].map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} data-testid="faq-enabled" /> {t('field.enabled')}
      </label>
      {LISTS.map((k) => (
        <ListInput key={k} label={t(`field.${k}`)} value={lists[k]} onChange={(v) => setLists({ ...lists, [k]: v })} testId={`faq-${k}`} />
      ))}
      <label>
        <span className="field-label">{t('field.regex')}</span>
        <input value={regex} onChange={(e) => setRegex(e.target.value)} data-testid="faq-regex" />
      </label>
      <label>
        <span className="field-label">{t('field.threshold')}</span>
        <input value={threshold} onChange={(e) => setThreshold(e.target.value)} data-testid="faq-threshold" />
      </label>
      {error && <p className="form-error" role="alert" data-testid="faq-form-error">{error}</p>}
      <div className="wide">
        <button type="submit" data-testid="faq-save">{t('action.save')}</button>{' '}
        <button type="button" onClick={onCancel}>{t('action.cancel')}</button>
      </div>
    </form>
  );
}
