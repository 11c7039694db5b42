import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './corium';
import type { Mode } from './types';

/** Full runs are committed as the latest measurement; smoke runs only prove the harness works. */
export function resultsDir(mode: Mode, startedAt: Date): string {
  if (mode === 'full') return path.join(repoRoot, 'bench', 'results');
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  return path.join(os.tmpdir(), `corium-bench-smoke-${stamp}`);
}

/** `<YYYY-MM-DD>-<workload>.json`, the date in UTC. */
export function writeResult(dir: string, startedAt: Date, workload: string, result: unknown): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${startedAt.toISOString().slice(0, 10)}-${workload}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

/** What a reader needs to judge the numbers: the machine, how busy it was, which code. */
export function machineInfo(): Record<string, unknown> {
  const cpus = os.cpus();
  return {
    hostname: os.hostname(),
    platform: `${os.platform()} ${os.release()}`,
    cpuModel: cpus[0]?.model ?? 'unknown',
    cpus: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: os.loadavg(),
    commit: gitCommit(),
  };
}

function gitCommit(): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return null;
  }
}
