import type { PlatformAdapter } from '../../platforms/types';

/**
 * A minimal adapter over `<ul id="chat"><li>…</li></ul>` for the observer-core tests; each test
 * names only what its platform does differently (history above, recycled rows, deletions…).
 */
export function listAdapter(platform: PlatformAdapter['platform'], extra: Partial<PlatformAdapter> = {}): PlatformAdapter {
  return {
    platform,
    matches: ['*://example.test/*'],
    selectors: { verified: 'test', source: 'test', container: ['#chat'], row: ['li'], viewers: [] },
    roomKey: () => `${platform}:test`,
    title: () => undefined,
    findContainer: (doc) => doc.querySelector('#chat'),
    rowsIn: (n) => (n.matches('li') ? [n] : Array.from(n.querySelectorAll('li'))),
    rowId: () => undefined,
    parseRow: (row) => ({ kind: 'comment', author: { name: row.getAttribute('data-author') ?? '', role: 'viewer' }, text: row.textContent ?? '' }),
    readViewers: () => null,
    ...extra,
  };
}
