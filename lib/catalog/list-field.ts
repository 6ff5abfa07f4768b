/** `|`-separated list fields of the catalog and FAQ CSVs ("S|M|L"). Empty parts are dropped. */
export const splitList = (v: string | undefined): string[] =>
  (v ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);

export const joinList = (v: readonly string[] | undefined): string => (v ?? []).join('|');
