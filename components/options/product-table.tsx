import { useTranslation } from 'react-i18next';
import { isSoldOut } from '@/lib/catalog';
import type { ProductRecord } from '@/lib/db/schema';
import { DeleteButton } from './delete-button';

const money = (p: ProductRecord) => (p.price === undefined ? '' : `${p.price}${p.currency ? ` ${p.currency}` : ''}`);

export function ProductTable({ products, onEdit, onDelete }: { products: ProductRecord[]; onEdit(sku: string): void; onDelete(sku: string): void }) {
  const { t } = useTranslation('options');
  return (
    <table className="streams" data-testid="product-list">
      <thead>
        <tr>
          {(['number', 'sku', 'title', 'price', 'stock', 'sizes', 'colours', 'catalog'] as const).map((k) => <th key={k}>{t(`field.${k}`)}</th>)}
          <th>{t('action.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {products.map((p) => (
          <tr key={p.sku} data-testid="product-row" data-sku={p.sku}>
            <td>{p.number ?? ''}</td>
            <td>{p.sku}</td>
            <td title={[p.aliases.join(' | '), p.description].filter(Boolean).join('\n')}>{p.title}</td>
            <td>{money(p)}</td>
            <td>{isSoldOut(p) ? <span className="chip sold-out">{t('catalog.soldOut')}</span> : (p.stock ?? '')}</td>
            <td>{p.sizes.join(' · ')}</td>
            <td>{p.colours.join(' · ')}</td>
            <td data-testid="product-catalog">{p.catalog ?? ''}</td>
            <td className="row-actions">
              <button onClick={() => onEdit(p.sku)} data-testid="product-edit">{t('action.edit')}</button>{' '}
              <DeleteButton onDelete={() => onDelete(p.sku)} testId="product-delete" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
