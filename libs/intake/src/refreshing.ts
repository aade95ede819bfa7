/**
 * A value loaded from MySQL and trusted for `ttlMs`: reference data that changes a few times a year
 * (units, the catalogue, the holiday calendar) is read once a minute, not once a request. A change
 * reaches every instance within the TTL; concurrent callers share one load.
 */
export class Refreshing<T> {
  private current: { value: Promise<T>; loadedAt: number } | null = null;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly ttlMs: number,
  ) {}

  get(): Promise<T> {
    if (!this.current || Date.now() - this.current.loadedAt > this.ttlMs) {
      const value = this.load();
      this.current = { value, loadedAt: Date.now() };
      // A failed load is not cached: the next caller tries again (unless a newer load has taken its place).
      value.catch(() => {
        if (this.current?.value === value) this.current = null;
      });
    }
    return this.current.value;
  }

  /** After a local edit: the next caller loads afresh rather than up to `ttlMs` later. Other instances still wait out their TTL. */
  invalidate(): void {
    this.current = null;
  }
}
