export * from './types';
export { parseCatalog, parseCatalogCsv, parseCatalogJson, catalogToCsv, catalogToJson } from './catalog-io';
export { parseFaq, parseFaqCsv, parseFaqJson, faqToCsv, faqToJson } from './faq-io';
export { splitList, joinList } from './list-field';
