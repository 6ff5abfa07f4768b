import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  FaqLogRecord,
  FaqRecord,
  PitchRecord,
  ProductRecord,
  QuestionGroupRecord,
  QuestionMemberRecord,
  StoredEvent,
  StreamRecord,
  SuggestionRecord,
  TabRecord,
  ViewerSample,
} from './schema';
import type { MinuteBucket, ProductDemandRow, StreamViewerRow, SummaryState } from '../summary/types';

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
  /** FAQ entries keyed by their own string id (v3; the v1 `faqs` table was never written by a UI). */
  faqEntries!: Table<FaqRecord, string>;
  pitches!: EntityTable<PitchRecord, 'id'>;
  suggestions!: EntityTable<SuggestionRecord, 'id'>;
  tabs!: Table<TabRecord, number>;
  /** lib/faq: every auto-answer decision (the log the panel shows and exports). */
  faqLog!: EntityTable<FaqLogRecord, 'id'>;
  questionGroups!: Table<QuestionGroupRecord, [number, string]>;
  questionMembers!: Table<QuestionMemberRecord, [number, string]>;
  /** lib/summary: each stream's running summary, its minute buckets, product demand and viewers. */
  summaryStates!: Table<SummaryState, number>;
  summaryMinutes!: Table<MinuteBucket, [number, number]>;
  summaryProducts!: Table<ProductDemandRow, [number, string]>;
  streamViewers!: Table<StreamViewerRow, [number, string]>;

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
    // v3 (this wave, unshipped until it lands: extend it, don't add v4 for it): products take
    // formats.md's catalog fields; FAQ entries keyed by their own id; pitches per stream; the
    // question queue's groups and members.
    this.version(3)
      .stores({
        products: '++id, &sku',
        faqs: null,
        faqEntries: '&id, lang, product',
        pitches: '++id, [streamId+ts]',
        // lib/suggest question queue: the panel reads the ranked open groups and recent activity.
        questionGroups: '[streamId+groupId], [streamId+open+askerCount+count+negFirstTs], [streamId+lastTs]',
        questionMembers: '[streamId+eventId], [streamId+groupId]',
        // lib/summary: aggregates the worker keeps as events are labelled (the popup reads a few rows,
        // never a stream's events); a viewer's rows across one shop's streams are the audience.
        summaryStates: 'streamId',
        summaryMinutes: '[streamId+minute]',
        summaryProducts: '[streamId+sku]',
        streamViewers: '[streamId+name], [shop+name], shop',
        // lib/faq: the decision log, read per stream newest first, and pending approvals.
        faqLog: '++id, [streamId+ts], [streamId+status], ts',
      })
      .upgrade(async (tx) => {
        await tx
          .table('products')
          .toCollection()
          .modify((p: Record<string, unknown>) => {
            p.title ??= p.name ?? p.sku;
            if (p.notes !== undefined && p.description === undefined) p.description = p.notes;
            for (const k of ['sizes', 'colours', 'tags', 'aliases']) if (!Array.isArray(p[k])) p[k] = [];
            delete p.name;
            delete p.notes;
          });
      });
  }
}

let shared: LiveCopilotDb | undefined;
export function getDb(): LiveCopilotDb {
  shared ??= new LiveCopilotDb();
  return shared;
}
