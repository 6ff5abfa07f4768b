/** Storage and retention strings (lib/retention). zh/storage.ts has the same keys (the parity test checks). */
export const storage = {
  full: 'Storage is full. New chat events wait in the stream’s page (nothing is lost while it stays open) and are saved as soon as there is room. Make room: lower the retention in Options → Storage, or delete old streams in the popup.',
  prunedQuota: 'Storage was full: {{count}} oldest finished stream(s) were deleted to make room (Options → Storage).',
  prunedRetention: '{{count}} finished stream(s) were deleted by your retention settings.',
  dismiss: 'OK',
  heading: 'Storage',
  days: 'Delete finished streams after (days, 0 = keep them)',
  maxMB: 'Keep stored data under (MB, 0 = no limit)',
  pruneWhenFull: 'When the browser’s storage is full, delete the oldest finished stream to make room',
  usage: 'In use: {{used}} MB of the {{quota}} MB the browser allows.',
};
