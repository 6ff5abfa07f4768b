/**
 * A stream's product scope in IndexedDB (rules in lib/catalog/scope.ts): the worker's question
 * queue, drafts, page pitches and recommender, and the side panel all read it here, so they agree.
 */
import { linkCatalog, productsInScope, type CatalogLink } from '../catalog/scope';
import type { LiveCopilotDb } from './db';
import type { ProductRecord } from './schema';

export interface StreamCatalog extends CatalogLink {
  products: ProductRecord[];
}

/** The stream's linked catalog and its products (every product when the stream is unknown or none is linked). */
export async function streamCatalog(db: LiveCopilotDb, streamId: number): Promise<StreamCatalog> {
  const [stream, products] = await Promise.all([db.streams.get(streamId), db.products.toArray()]);
  if (!stream) return { name: null, via: null, names: [], products };
  // The defaults look at this room's and this platform's earlier streams (indexed; a handful of rows).
  const earlier = await db.streams.where('platform').equals(stream.platform).toArray();
  const link = linkCatalog(stream, earlier, products);
  return { ...link, products: productsInScope(products, link.name) };
}

/** The host links the stream to a catalog (null: back to the default). */
export async function setStreamCatalog(db: LiveCopilotDb, streamId: number, name: string | null): Promise<void> {
  await db.streams.update(streamId, { catalog: name ?? undefined });
}
