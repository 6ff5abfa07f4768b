import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { catalogToCsv, catalogToJson, parseCatalog, type Product } from '@/lib/catalog';
import { catalogNameOf } from '@/lib/catalog/scope';
import { deleteProduct, importProducts, listProducts, saveProduct, toProduct } from '@/lib/db/catalog-repo';
import { getDb } from '@/lib/db/db';
import { ExportButtons } from './export-buttons';
import { ImportPanel } from './import-panel';
import { ProductForm } from './product-form';
import { ProductTable } from './product-table';
import './options.css';

/** The catalog: list, add/edit/delete, import (CSV or JSON) and export. */
export function CatalogSection() {
  const { t } = useTranslation('options');
  const db = getDb();
  const products = useLiveQuery(() => listProducts(db));
  // null = adding a new product; a sku = editing that product.
  const [editing, setEditing] = useState<string | null>();
  const save = async (p: Product) => {
    const r = await saveProduct(db, p, editing ?? null, Date.now());
    if (r === 'sku-taken') return t('catalog.skuTaken', { sku: p.sku });
    setEditing(undefined);
    return null;
  };
  const current = typeof editing === 'string' ? products?.find((p) => p.sku === editing) : undefined;
  const all = async () => (await listProducts(db)).map(toProduct);
  return (
    <section className="options-section" data-testid="catalog-section">
      <h2>{t('catalog.heading')} <small data-testid="product-count">{t('catalog.count', { count: products?.length ?? 0 })}</small></h2>
      <p className="hint">{t('catalog.intro')}</p>
      {products?.length === 0 && <p className="empty">{t('catalog.empty')}</p>}
      {editing === undefined ? (
        <button onClick={() => setEditing(null)} data-testid="product-add">{t('catalog.add')}</button>
      ) : (
        <ProductForm key={editing ?? '+'} initial={current && toProduct(current)} onSave={save} onCancel={() => setEditing(undefined)} />
      )}
      {!!products?.length && <ProductTable products={products} onEdit={setEditing} onDelete={(sku) => void deleteProduct(db, sku)} />}
      <ImportPanel name="catalog" parse={parseCatalog} store={(rows, mode, file) => importProducts(db, rows, mode, Date.now(), catalogNameOf(file))} />
      <ExportButtons name="catalog" csv={async () => catalogToCsv(await all())} json={async () => catalogToJson(await all())} />
    </section>
  );
}
