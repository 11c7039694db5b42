import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/**
 * Linux /proc readers. Every reader returns null for a process that has gone (or never was),
 * because processes come and go while we sample: a PostgreSQL backend may exit mid-leg.
 */

/** Clock ticks per second of the /proc/<pid>/stat times (100 on almost every Linux). */
export const clockTicks: number = readClockTicks();

function readClockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

export interface ProcStat {
  ppid: number;
  state: string;
  /** CPU this process spent, in clock ticks, user and system. */
  utime: number;
  stime: number;
  /** CPU of children this process has waited for (reaped), in clock ticks. */
  cutime: number;
  cstime: number;
}

export function readStat(pid: number): ProcStat | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) may hold spaces and parentheses: fields resume after the last ')'.
  // What remains starts at field 3 (state), so field n is at index n - 3.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const field = (n: number): number => Number(fields[n - 3]);
  return {
    state: fields[0] ?? '?',
    ppid: field(4),
    utime: field(14),
    stime: field(15),
    cutime: field(16),
    cstime: field(17),
  };
}

export const ticksToMs = (ticks: number): number => (ticks * 1000) / clockTicks;

/** Every live process whose parent is `ppid` (a scan of /proc; a few hundred entries). */
export function childrenOf(ppid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid <= 0) continue;
    const stat = readStat(pid);
    if (stat && stat.ppid === ppid && stat.state !== 'Z') children.push(pid);
  }
  return children;
}

/** A `kB` line of /proc/<pid>/status (`VmRSS`, `VmHWM` = peak RSS so far), in kB. */
export function statusKb(pid: number, key: 'VmRSS' | 'VmHWM'): number | null {
  return kbLine(`/proc/${pid}/status`, key);
}

/**
 * Proportional set size in kB: shared pages (PostgreSQL's shared buffers, libraries) are split
 * among the processes sharing them, so a sum over processes counts them once.
 */
export function pssKb(pid: number): number | null {
  return kbLine(`/proc/${pid}/smaps_rollup`, 'Pss');
}

function kbLine(file: string, key: string): number | null {
  try {
    const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(readFileSync(file, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export function isAlive(pid: number): boolean {
  const stat = readStat(pid);
  return stat !== null && stat.state !== 'Z';
}
