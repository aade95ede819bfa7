/** Numbers, percentiles, CPU use and tables, as the benchmarks print them. */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

export const format = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
export const ms = (value: number | undefined): string => (value === undefined ? 'n/a' : `${format(value, 1)} ms`);
export const rate = (value: number): string => `${format(value)}/s`;

/** Nearest-rank percentile of values sorted ascending. */
export const percentile = (sorted: readonly number[], p: number): number | undefined =>
  sorted.length === 0 ? undefined : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
export const ascending = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

export const verdict = (met: boolean): string => (met ? 'met' : 'NOT MET');

/** `machine: 2 cores (model), 23.4 GiB; node v24…`, then whatever else describes the setup. */
export function machineLine(...facts: string[]): string {
  const cores = cpus();
  return [`machine: ${cores.length} cores (${cores[0]?.model.trim() ?? '?'}), ${format(totalmem() / 2 ** 30, 1)} GiB; node ${process.version}`, ...facts].join(
    '; ',
  );
}

/**
 * CPU time of the machine (busy, all cores), of named child processes (from /proc) and of this
 * process, to say who was busy in a phase.
 */
export interface CpuSample {
  at: number;
  machineBusy: number;
  machineTotal: number;
  /** Clock ticks (utime + stime) by process name; undefined once a process is gone. */
  processes: [name: string, ticks: number | undefined][];
  bench: NodeJS.CpuUsage;
}

function ticksOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // /proc/<pid>/stat: fields 14 and 15 (utime, stime), in clock ticks, after the parenthesised name.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

/** `processes`: name → pid, e.g. `{ app: child.pid }`. */
export function cpuSample(processes: Record<string, number | undefined>): CpuSample {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const sum = times.user + times.nice + times.sys + times.irq + times.idle;
    total += sum;
    busy += sum - times.idle;
  }
  return {
    at: performance.now(),
    machineBusy: busy,
    machineTotal: total,
    processes: Object.entries(processes).map(([name, pid]) => [name, ticksOf(pid)]),
    bench: process.cpuUsage(),
  };
}

/** Cores used between two samples (1 = one core busy all along), by name; `bench client` is this process. */
export function cpuBetween(from: CpuSample, to: CpuSample): { machinePercent: number; cores: [name: string, cores: number | undefined][] } {
  const seconds = (to.at - from.at) / 1000;
  const machinePercent = (100 * (to.machineBusy - from.machineBusy)) / Math.max(1, to.machineTotal - from.machineTotal);
  // Linux counts /proc ticks at 100 per second (USER_HZ).
  const cores: [string, number | undefined][] = from.processes.map(([name, ticks]) => {
    const later = to.processes.find(([other]) => other === name)?.[1];
    return [name, ticks === undefined || later === undefined ? undefined : (later - ticks) / 100 / seconds];
  });
  // Between the two samples, not until now: a summary is often printed long after its phase.
  const benchMicros = to.bench.user - from.bench.user + (to.bench.system - from.bench.system);
  cores.push(['bench client', benchMicros / 1e6 / seconds]);
  return { machinePercent, cores };
}

/**
 * `CPU: machine 85% busy; app 120% and bench client 40% of one core`, and with `rest`, what the named
 * processes leave of the machine's busy time: `; anything else 10%`.
 */
export function cpuSummary(from: CpuSample, to: CpuSample, { rest = false } = {}): string {
  const { machinePercent, cores } = cpuBetween(from, to);
  const parts = cores.map(([name, used]) => `${name} ${used === undefined ? 'n/a' : `${format(used * 100)}%`}`);
  const named = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts.join('');
  const others = machinePercent * cpus().length - 100 * cores.reduce((sum, [, used]) => sum + (used ?? 0), 0);
  return `CPU: machine ${format(machinePercent)}% busy; ${named} of one core${rest ? `; anything else ${format(Math.max(0, others))}%` : ''}`;
}

/**
 * The pid of a local process by its command name (`/proc/<pid>/comm`) and, optionally, a piece of its
 * command line: the database or Redis server, to show their share of the CPU. Undefined if none.
 */
export function pidOf(names: readonly string[], cmdlineIncludes?: string): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    try {
      if (!names.includes(readFileSync(`/proc/${entry}/comm`, 'utf8').trim())) continue;
      if (cmdlineIncludes !== undefined && !readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(cmdlineIncludes)) continue;
      return Number(entry);
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return undefined;
}

/** Prints rows as a table, the first row as its header. */
export function printTable(rows: readonly (readonly string[])[]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join(' | ')
      .trimEnd();
  console.log(line(rows[0]!));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of rows.slice(1)) console.log(line(row));
}
