/**
 * TEST SWITCH (e2e): `storage.local['test:quotaFailures'] = N` makes the worker's next N event
 * writes fail with a real DOMException named QuotaExceededError, as a full disk would, so the
 * storage-full path (retention.ts) runs in the real browser. Only extension contexts can set it;
 * it is never set by the extension itself, and at worst it delays writes (events wait in the page).
 */
import { browser } from 'wxt/browser';

export const QUOTA_SWITCH_KEY = 'test:quotaFailures';

type Area = Pick<typeof browser.storage.local, 'get' | 'set'>;

export function quotaSwitch(area: Area = browser.storage.local, onChanged: typeof browser.storage.onChanged | undefined = browser.storage.onChanged) {
  let left = 0;
  const read = (v: unknown) => (left = typeof v === 'number' && v > 0 ? Math.floor(v) : 0);
  void area.get(QUOTA_SWITCH_KEY).then((r) => read(r[QUOTA_SWITCH_KEY]), () => {});
  onChanged?.addListener((changes, name) => {
    if (name === 'local' && changes[QUOTA_SWITCH_KEY]) read(changes[QUOTA_SWITCH_KEY].newValue);
  });
  return {
    /** Throws the simulated error while the switch has failures left (one used per call). */
    check(): void {
      if (left <= 0) return;
      left--;
      void area.set({ [QUOTA_SWITCH_KEY]: left }).catch(() => {});
      throw new DOMException('Simulated by the test switch test:quotaFailures', 'QuotaExceededError');
    },
  };
}
