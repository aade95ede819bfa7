/**
 * Collects keys touched in a burst and flushes each once per interval: a room's counters are pushed
 * at most once every `intervalMs`, however many tickets change, and at most `intervalMs` late.
 */
export class Coalescer<K> {
  private readonly dirty = new Set<K>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly flush: (keys: K[]) => Promise<void>,
    private readonly intervalMs: number,
  ) {}

  touch(keys: Iterable<K>): void {
    for (const key of keys) this.dirty.add(key);
    if (this.timer || this.dirty.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const keys = [...this.dirty];
      this.dirty.clear();
      this.flushing = this.flushing.then(() => this.flush(keys)).catch(() => undefined);
    }, this.intervalMs);
  }

  /** Drops what is pending and waits for a flush in progress: for shutdown. */
  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.dirty.clear();
    await this.flushing;
  }
}
