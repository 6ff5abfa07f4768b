import type { LiveCopilotDb } from './db';
import type { ProductRecord } from './schema';
import type { Product } from '../catalog/types';

/** How an imported file meets what is stored: replace it all, or add/overwrite by key and keep the rest. */
export type ImportMode = 'replace' | 'merge';

export interface ImportCounts {
  added: number;
  updated: number;
  removed: number;
}

/** The catalog, ordered by sku (small: a shop's products, read by the options page and the worker). */
export const listProducts = (db: LiveCopilotDb): Promise<ProductRecord[]> => db.products.orderBy('sku').toArray();

/** formats.md's fields only: what export writes and what the rest of the product reads. */
export function toProduct({ id: _id, updatedAt: _u, catalog: _c, ...p }: ProductRecord): Product {
  return p;
}

/**
 * Adds a product, or replaces the one stored under `previousSku` (an edit may rename the sku).
 * Returns 'sku-taken' when another product already has the sku; nothing is written then.
 */
export function saveProduct(db: LiveCopilotDb, p: Product, previousSku: string | null, now: number): Promise<null | 'sku-taken'> {
  return db.transaction('rw', db.products, async () => {
    const same = await db.products.where('sku').equals(p.sku).first();
    const old = previousSku === null ? undefined : await db.products.where('sku').equals(previousSku).first();
    if (same && same.id !== old?.id) return 'sku-taken';
    // An edit keeps the catalog the product was imported with (its stream scope).
    await db.products.put({ ...p, updatedAt: now, ...(old?.id !== undefined ? { id: old.id } : {}), ...(old?.catalog !== undefined ? { catalog: old.catalog } : {}) });
    return null;
  });
}

export const deleteProduct = (db: LiveCopilotDb, sku: string): Promise<number> => db.products.where('sku').equals(sku).delete();

/**
 * Stores an import's good rows in one transaction: all of them or, on any failure, none. `catalog`
 * names the file they came from (lib/catalog/scope.ts: a stream sees its own shop's products).
 */
export function importProducts(db: LiveCopilotDb, rows: readonly Product[], mode: ImportMode, now: number, catalog?: string): Promise<ImportCounts> {
  return db.transaction('rw', db.products, async () => {
    const removed = mode === 'replace' ? await db.products.count() : 0;
    if (mode === 'replace') await db.products.clear();
    const existing = mode === 'merge' ? await db.products.where('sku').anyOf(rows.map((r) => r.sku)).toArray() : [];
    const idOf = new Map(existing.map((r) => [r.sku, r.id]));
    await db.products.bulkPut(rows.map((r) => ({ ...r, updatedAt: now, ...(catalog ? { catalog } : {}), ...(idOf.has(r.sku) ? { id: idOf.get(r.sku) } : {}) })));
    return { added: rows.length - idOf.size, updated: idOf.size, removed };
  });
}
