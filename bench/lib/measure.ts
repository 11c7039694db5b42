import { childrenOf, pssKb, readStat, statusKb, ticksToMs } from './proc';

/**
 * The processes that do one side's work: the app (a node process) and, for Corium on its
 * embedded database, the PostgreSQL postmaster and every `postgres` process it started.
 */
export interface Measured {
  appPid: number;
  /** The postmaster's pid, or null when there is no database of ours to measure. */
  postmasterPid(): number | null;
}

export interface CpuSnapshot {
  appTicks: number;
  dbTicks: number | null;
}

export function cpuSnapshot(measured: Measured): CpuSnapshot {
  const app = readStat(measured.appPid);
  const postmaster = measured.postmasterPid();
  return {
    appTicks: app ? app.utime + app.stime : Number.NaN,
    dbTicks: postmaster === null ? null : databaseTicks(postmaster),
  };
}

/**
 * The postmaster's own CPU, plus what its exited children used (cutime/cstime: the postmaster
 * reaps them), plus its live children. A backend that exits between two snapshots therefore
 * moves from "live" to "reaped" without its CPU being lost or counted twice.
 */
function databaseTicks(postmaster: number): number | null {
  const stat = readStat(postmaster);
  if (!stat) return null;
  let ticks = stat.utime + stat.stime + stat.cutime + stat.cstime;
  for (const child of childrenOf(postmaster)) {
    const childStat = readStat(child);
    if (childStat) ticks += childStat.utime + childStat.stime;
  }
  return ticks;
}

/** CPU milliseconds between two snapshots (10 ms resolution with the usual 100 ticks/s). */
export function cpuDeltaMs(before: CpuSnapshot, after: CpuSnapshot): { appMs: number; dbMs: number | null } {
  const dbMs =
    before.dbTicks === null || after.dbTicks === null ? null : ticksToMs(after.dbTicks - before.dbTicks);
  return { appMs: ticksToMs(after.appTicks - before.appTicks), dbMs };
}

export interface MemorySnapshot {
  appRssKb: number | null;
  /** Sum of RSS over the database processes: shared memory is counted once per process. */
  dbRssKb: number | null;
  /** Sum of PSS over the database processes: shared memory is counted once in total. */
  dbPssKb: number | null;
  dbProcesses: number;
}

/** RSS now; `withPss` also reads smaps_rollup, which costs the kernel a page-table walk. */
export function memorySnapshot(measured: Measured, withPss = false): MemorySnapshot {
  const postmaster = measured.postmasterPid();
  const pids = postmaster === null ? [] : [postmaster, ...childrenOf(postmaster)];
  const sum = (read: (pid: number) => number | null): number | null =>
    postmaster === null ? null : pids.reduce((total, pid) => total + (read(pid) ?? 0), 0);
  return {
    appRssKb: statusKb(measured.appPid, 'VmRSS'),
    dbRssKb: sum((pid) => statusKb(pid, 'VmRSS')),
    dbPssKb: withPss ? sum(pssKb) : null,
    dbProcesses: pids.length,
  };
}

export interface Peaks {
  appRssKb: number | null;
  dbRssKb: number | null;
}

/** Samples RSS every `intervalMs` until stopped, keeping the highest of each side. */
export function samplePeaks(measured: Measured, intervalMs = 500): { stop(): Peaks } {
  const peaks: Peaks = { appRssKb: null, dbRssKb: null };
  const higher = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
  const sample = () => {
    const now = memorySnapshot(measured);
    peaks.appRssKb = higher(peaks.appRssKb, now.appRssKb);
    peaks.dbRssKb = higher(peaks.dbRssKb, now.dbRssKb);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peaks;
    },
  };
}

export const kbToMb = (kb: number | null): number | null => (kb === null ? null : kb / 1024);
