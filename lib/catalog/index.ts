export * from './types';
export { parseCatalog, parseCatalogCsv, parseCatalogJson, catalogToCsv, catalogToJson, productFromFields } from './catalog-io';
export { parseFaq, parseFaqCsv, parseFaqJson, faqToCsv, faqToJson, faqEntryFromFields } from './faq-io';
export { splitList, joinList } from './list-field';
export { readImport } from './read-import';
