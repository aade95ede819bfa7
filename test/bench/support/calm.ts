/** Waits before measuring, so that the set-up's after-effects and other processes do not pass for the thing measured. */
import type { Pool, RowDataPacket } from 'mysql2/promise';
import { cpuBetween, cpuSample } from './report.ts';

/**
 * Waits (at most `maxSeconds`) for InnoDB to write out the pages a set-up dirtied: a bulk load just
 * before serving is not what a running system sees, and its flushing would stall the measurement.
 */
export async function settleInnoDb(pool: Pool, maxSeconds: number): Promise<{ seconds: number; dirty: number; total: number }> {
  const started = performance.now();
  for (;;) {
    const [rows] = await pool.query<RowDataPacket[]>(
      "SELECT VARIABLE_NAME AS name, VARIABLE_VALUE AS value FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN ('INNODB_BUFFER_POOL_PAGES_DIRTY', 'INNODB_BUFFER_POOL_PAGES_TOTAL')",
    );
    const value = (name: string) => Number(rows.find((row) => String(row.name).toUpperCase() === name)?.value ?? 0);
    const dirty = value('INNODB_BUFFER_POOL_PAGES_DIRTY');
    const total = value('INNODB_BUFFER_POOL_PAGES_TOTAL');
    const seconds = (performance.now() - started) / 1000;
    if (dirty <= Math.max(500, total / 10) || seconds >= maxSeconds) return { seconds, dirty, total };
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/**
 * Waits (at most `maxSeconds`) for the machine to be under `busyPercent` busy over two seconds, so
 * that other work on a shared machine does not pass for what is measured. Returns how busy it was
 * when the wait ended, which a report prints.
 */
export async function waitForQuiet(maxSeconds: number, busyPercent: number): Promise<{ seconds: number; busyPercent: number }> {
  const started = performance.now();
  for (;;) {
    const from = cpuSample({});
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const busy = cpuBetween(from, cpuSample({})).machinePercent;
    const seconds = (performance.now() - started) / 1000;
    if (busy < busyPercent || seconds >= maxSeconds) return { seconds, busyPercent: busy };
  }
}
