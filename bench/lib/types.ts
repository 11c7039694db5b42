/** The contract between bench/run.ts and one workload file in bench/workloads/. */

export type Mode = 'full' | 'smoke';

export interface BenchContext {
  mode: Mode;
  /** `BENCH_DATABASE_URL`: run Corium on this PostgreSQL instead of the embedded one. */
  databaseUrl: string | undefined;
  /** Progress lines; they go to stderr so that the table on stdout stays clean. */
  log(message: string): void;
}

/**
 * One side (the contender, or its baseline) reduced to the table's columns. Every number is
 * the median over that side's legs; `null` means "not measured for this workload".
 */
export interface SideSummary {
  label: string;
  /** What one operation is: `req`, `start`, `eval`. */
  op: string;
  opsPerSec: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
  cpuMsPerOpApp: number | null;
  cpuMsPerOpDb: number | null;
  rssMbApp: number | null;
  rssMbDb: number | null;
  /** The app's lifetime peak RSS from `/usr/bin/time -f %M` (getrusage for in-process work). */
  maxRssMbApp: number | null;
  load1: number | null;
  /** HTTP workloads: non-2xx answers, errors and timeouts, summed over the side's legs. */
  failures?: number;
}

export interface Goal {
  /** For the table and the JSON: "req/s ≥ 0.8× baseline". */
  text: string;
  check(contender: SideSummary, baseline: SideSummary): { met: boolean; actual: string };
}

export interface WorkloadOutcome {
  contender: SideSummary;
  baseline: SideSummary;
  /** Workload-specific settings (durations, connections, inputs) recorded in the JSON. */
  settings: Record<string, unknown>;
  /** Raw per-leg measurements, in the order they ran. */
  legs: unknown[];
  /** Honest remarks: design choices that shape the number, anomalies seen during the run. */
  notes: string[];
}

export interface Workload {
  name: string;
  description: string;
  target: Goal[];
  run(ctx: BenchContext): Promise<WorkloadOutcome>;
}

/** A placeholder side for columns a workload does not measure. */
export function emptySide(label: string, op: string): SideSummary {
  return {
    label,
    op,
    opsPerSec: null,
    p50Ms: null,
    p99Ms: null,
    cpuMsPerOpApp: null,
    cpuMsPerOpDb: null,
    rssMbApp: null,
    rssMbDb: null,
    maxRssMbApp: null,
    load1: null,
  };
}
