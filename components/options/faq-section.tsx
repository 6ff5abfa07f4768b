import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { faqToCsv, faqToJson, parseFaq, type FaqEntry } from '@/lib/catalog';
import { getDb } from '@/lib/db/db';
import { listProducts } from '@/lib/db/catalog-repo';
import { deleteFaqEntry, importFaq, listFaq, saveFaqEntry, toFaqEntry } from '@/lib/db/faq-repo';
import { ExportButtons } from './export-buttons';
import { FaqForm } from './faq-form';
import { FaqTable } from './faq-table';
import { ImportPanel } from './import-panel';
import './options.css';

/** The FAQ: list, add/edit/delete, enable/disable, import (JSON or CSV) and export. */
export function FaqSection() {
  const { t } = useTranslation('options');
  const db = getDb();
  const entries = useLiveQuery(() => listFaq(db));
  const skus = useLiveQuery(async () => (await listProducts(db)).map((p) => p.sku)) ?? [];
  const [editing, setEditing] = useState<string | null>();
  const save = async (e: FaqEntry) => {
    const r = await saveFaqEntry(db, e, editing ?? null, Date.now());
    if (r === 'id-taken') return t('faq.idTaken', { id: e.id });
    setEditing(undefined);
    return null;
  };
  const current = typeof editing === 'string' ? entries?.find((e) => e.id === editing) : undefined;
  const all = async () => (await listFaq(db)).map(toFaqEntry);
  // Entries tied to a product are checked against the catalog once there is one (import the catalog first).
  const parse = (text: string) => parseFaq(text, skus.length ? new Set(skus) : undefined);
  return (
    <section className="options-section" data-testid="faq-section">
      <h2>{t('faq.heading')} <small data-testid="faq-count">{t('faq.count', { count: entries?.length ?? 0 })}</small></h2>
      <p className="hint">{t('faq.intro')}</p>
      {entries?.length === 0 && <p className="empty">{t('faq.empty')}</p>}
      {editing === undefined ? (
        <button onClick={() => setEditing(null)} data-testid="faq-add">{t('faq.add')}</button>
      ) : (
        <FaqForm key={editing ?? '+'} initial={current && toFaqEntry(current)} skus={skus} onSave={save} onCancel={() => setEditing(undefined)} />
      )}
      {!!entries?.length && (
        <FaqTable
          entries={entries}
          onEdit={setEditing}
          onDelete={(id) => void deleteFaqEntry(db, id)}
          onToggle={(e, enabled) => void saveFaqEntry(db, { ...toFaqEntry(e), enabled }, e.id, Date.now())}
        />
      )}
      <ImportPanel name="faq" parse={parse} store={(rows, mode) => importFaq(db, rows, mode, Date.now())} />
      <ExportButtons name="faq" csv={async () => faqToCsv(await all())} json={async () => faqToJson(await all())} />
    </section>
  );
}
