/** A set that forgets its oldest entries past a limit: de-duplication memory that cannot grow forever. */
export class BoundedSet<T> {
  private readonly items = new Set<T>();
  constructor(private readonly limit: number) {}
  has(v: T): boolean {
    return this.items.has(v);
  }
  add(v: T): void {
    this.items.delete(v);
    this.items.add(v);
    if (this.items.size > this.limit) {
      const oldest = this.items.values().next();
      if (!oldest.done) this.items.delete(oldest.value);
    }
  }
  get size(): number {
    return this.items.size;
  }
}
