/**
 * The seller's catalog and FAQ, exactly as `../shared/reference/formats.md` defines them. One type
 * each, used by import/export, the offline commands, the simulator, suggestions, FAQ answers and the
 * recommender.
 */
export interface Product {
  /** Unique id (required). */
  sku: string;
  /** The number the host uses on stream: "3" for "#3", "3号链接", "link 3". */
  number?: string;
  title: string;
  /** Other names viewers use ("hoodie", "卫衣"). */
  aliases: string[];
  price?: number;
  /** ISO code (USD, CNY, …). */
  currency?: string;
  /** Units left; undefined = unknown; 0 = sold out. */
  stock?: number;
  sizes: string[];
  colours: string[];
  /** Category, season, … */
  tags: string[];
  /** Free text: material, fit, care. */
  description?: string;
}

export const PRODUCT_COLUMNS = ['sku', 'number', 'title', 'aliases', 'price', 'currency', 'stock', 'sizes', 'colours', 'tags', 'description'] as const;
export type ProductColumn = (typeof PRODUCT_COLUMNS)[number];

export const FAQ_LANGS = ['en', 'zh', 'any'] as const;
export type FaqLang = (typeof FAQ_LANGS)[number];

export interface FaqEntry {
  id: string;
  lang: FaqLang;
  /** Ways viewers ask it. */
  questions: string[];
  /** Answer variants (the auto-answer rotates them so a platform does not hide repeats). */
  answers: string[];
  /** Ties the entry to a catalog sku. */
  product?: string;
  enabled: boolean;
  /** Extra matching rules (issue: FAQ auto-answer); optional in the file. */
  keywords?: string[];
  regex?: string;
  /** Per-entry confidence threshold 0..1; the global one applies when absent. */
  threshold?: number;
}

export const FAQ_COLUMNS = ['id', 'lang', 'questions', 'answers', 'product', 'enabled'] as const;

/** One problem with one row of an imported file; `line` is the 1-based line in the file. */
export interface RowError {
  line: number;
  /** The sku / id when the row has one, to help the user find it. */
  key?: string;
  message: string;
}

/** What an import found: the good rows, and every bad row with its line. Nothing is stored here. */
export interface ImportResult<T> {
  rows: T[];
  errors: RowError[];
  /** A problem with the whole file (wrong columns, not JSON, empty). */
  fatal?: string;
}

export const isSoldOut = (p: Pick<Product, 'stock'>): boolean => p.stock === 0;
