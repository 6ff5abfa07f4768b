/** Similarity for FAQ matching and question grouping (English USE cosine; Chinese char BM25). */
export { cosine, topK } from './cosine';
export { buildBm25, bm25Terms, type Bm25Index } from './bm25';
export { canonicalizeZh, ZH_SYNONYMS } from './synonyms-zh';
export { createFaqMatcher, type FaqEntry, type FaqMatch, type FaqMatcher, type EmbedFn } from './faq-matcher';
export { groupBySimilarity, termCosine } from './group';
