/**
 * The soak's bookkeeping: every event the simulated page sends gets an index; each stored row
 * found later counts once against its index. Lost = sent and never stored; duplicated = stored
 * more than once. One byte per event, so an 8-hour stream costs ~1.5 MB (the soak's own memory
 * must not hide the pipeline's).
 */
export const SOAK_ID_PREFIX = 'soak-';

export class Ledger {
  private counts = new Uint8Array(1 << 16);
  private n = 0;

  /** Registers one more sent event and returns its id. */
  send(): string {
    if (this.n === this.counts.length) {
      const bigger = new Uint8Array(this.counts.length * 2);
      bigger.set(this.counts);
      this.counts = bigger;
    }
    return `${SOAK_ID_PREFIX}${this.n++}`;
  }

  /** Counts a stored row; false when the id is not one the soak sent (a bug worth reporting). */
  stored(id: string): boolean {
    if (!id.startsWith(SOAK_ID_PREFIX)) return false;
    const i = Number(id.slice(SOAK_ID_PREFIX.length));
    if (!Number.isInteger(i) || i < 0 || i >= this.n) return false;
    if (this.counts[i]! < 255) this.counts[i]!++;
    return true;
  }

  get sent(): number {
    return this.n;
  }

  result(): { sent: number; stored: number; lost: number; duplicated: number } {
    let stored = 0;
    let lost = 0;
    let duplicated = 0;
    for (let i = 0; i < this.n; i++) {
      const c = this.counts[i]!;
      if (c === 0) lost++;
      else stored++;
      if (c > 1) duplicated += c - 1;
    }
    return { sent: this.n, stored, lost, duplicated };
  }
}
