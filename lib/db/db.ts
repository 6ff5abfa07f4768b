import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  FaqRecord,
  ProductRecord,
  StoredEvent,
  StreamRecord,
  SuggestionRecord,
  TabRecord,
  ViewerSample,
} from './schema';

export const DB_NAME = 'live-copilot';

/** The first shipped schema (exported so the migration test opens exactly what v1 users have). */
export const SCHEMA_V1 = {
  streams: '++id, roomKey, platform, startedAt, lastEventAt',
  events: '[streamId+id], [streamId+seq], [streamId+kind], ts',
  viewerSamples: '[streamId+id], [streamId+ts]',
  products: '++id, &sku, name',
  faqs: '++id, productId, lang',
  suggestions: '++id, streamId, status, createdAt',
} as const;

/**
 * The one Dexie database. Opened only from extension pages, the offscreen document and the worker:
 * an IndexedDB opened in a content script would belong to the streaming site.
 */
export class LiveCopilotDb extends Dexie {
  streams!: EntityTable<StreamRecord, 'id'>;
  events!: Table<StoredEvent, [number, string]>;
  viewerSamples!: Table<ViewerSample, [number, string]>;
  products!: EntityTable<ProductRecord, 'id'>;
  faqs!: EntityTable<FaqRecord, 'id'>;
  suggestions!: EntityTable<SuggestionRecord, 'id'>;
  tabs!: Table<TabRecord, number>;

  constructor(name = DB_NAME) {
    super(name);
    // Versions are append-only: never edit a shipped version, add the next one with its upgrade.
    this.version(1).stores(SCHEMA_V1);
    // v2: capture health per tab, and products' aliases default to [] for rows created by v1.
    this.version(2)
      .stores({ tabs: 'tabId, streamId' })
      .upgrade((tx) =>
        tx
          .table('products')
          .toCollection()
          .modify((p: ProductRecord) => {
            if (!Array.isArray(p.aliases)) p.aliases = [];
          }),
      );
  }
}

let shared: LiveCopilotDb | undefined;
export function getDb(): LiveCopilotDb {
  shared ??= new LiveCopilotDb();
  return shared;
}
