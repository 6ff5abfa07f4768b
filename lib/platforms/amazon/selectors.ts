import type { SelectorTable } from '../types';

/**
 * Amazon Live chat. Source: platform-dom.md (SSN amazon.js, selector fix 5adcf4ee 2025-07-25:
 * `[class*='chatContainer']` → `[data-testid='MessageArea']`). Everything is a data-testid hook.
 * Messages are grouped in sender clusters: the name is shown once per cluster, and a later message
 * of the same sender is a new MessageRow inside that cluster.
 */
export const amazonSelectors = {
  verified: '2025-07-25',
  source: 'SSN amazon.js@5adcf4ee',
  container: ["[data-testid='MessageArea']", "[class*='chatContainer']"],
  row: ["[data-testid='MessageRow']"],
  cluster: ["[data-testid='MessageClusterIncoming']", "[data-testid='MessageClusterOutgoing']"],
  outgoing: ["[data-testid='MessageClusterOutgoing']"],
  sender: ["[data-testid='MessageSenderName']"],
  message: ["[data-testid='TextMessage']"],
  // Own messages carry no sender name: the signed-in user's name from the nav bar stands in.
  selfName: ['.nav-shortened-name'],
  // No viewer count has been found in Amazon Live's DOM (platform-dom.md).
  viewers: [],
  title: ['title'],
} as const satisfies SelectorTable;
