import { existsSync, readFileSync, rmSync } from 'node:fs';

/**
 * GNU time gives a child's lifetime peak RSS (the kernel's own high-water mark, which /proc
 * sampling can miss between samples) and its wall time. Optional: without it the
 * "max RSS (time)" column is simply left out.
 */
const USR_BIN_TIME = '/usr/bin/time';

export const hasUsrBinTime: boolean = existsSync(USR_BIN_TIME);

/** The argv prefix that makes GNU time write "<KB> KB <s> s" into `outFile` at the end. */
export function timePrefix(outFile: string): string[] {
  return [USR_BIN_TIME, '-o', outFile, '-f', '%M KB %e s'];
}

export interface TimeReport {
  maxRssKb: number;
  wallS: number;
}

/** Reads and deletes the file; a child killed by a signal gets a "Command terminated" line first. */
export function takeTimeReport(outFile: string): TimeReport | null {
  try {
    const match = /(\d+) KB ([\d.]+) s/.exec(readFileSync(outFile, 'utf8'));
    return match ? { maxRssKb: Number(match[1]), wallS: Number(match[2]) } : null;
  } catch {
    return null;
  } finally {
    rmSync(outFile, { force: true });
  }
}
