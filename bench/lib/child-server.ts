import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Measured } from './measure';
import { childrenOf, isAlive } from './proc';
import { hasUsrBinTime, takeTimeReport, timePrefix, type TimeReport } from './usr-bin-time';

export interface ChildExit {
  code: number | null;
  signal: string | null;
  /** From /usr/bin/time, when it wrapped the child. */
  time: TimeReport | null;
}

export interface ServerChild extends Measured {
  label: string;
  url: string;
  /** performance.now() and Date.now() just before the spawn (Date.now() lines up with pino's `time`). */
  spawnedAt: number;
  spawnedAtEpochMs: number;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<ChildExit>;
}

export interface SpawnOptions {
  label: string;
  script: string;
  env: Record<string, string | undefined>;
  port: number;
  /** Finds the database's postmaster given the app's pid; absent when there is none to measure. */
  postmasterPid?: ((appPid: number) => number | null) | undefined;
  /** Node flags before the script (e.g. `--cpu-prof`). */
  nodeArgs?: string[] | undefined;
}

/** Children still running, so that a harness interrupted midway can stop them. */
const running = new Set<ServerChild>();
let spawned = 0;

const OUTPUT_LIMIT = 64 * 1024; // keep the last 64 KB of a child's output for error messages
const STOP_TIMEOUT_MS = 30_000; // Corium's own shutdown gives up after 10 s (SHUTDOWN_TIMEOUT_MS)

/** Starts `node <script>`, under /usr/bin/time when available; measures the node process itself. */
export async function spawnServer(options: SpawnOptions): Promise<ServerChild> {
  const timeFile = hasUsrBinTime
    ? path.join(os.tmpdir(), `corium-bench-time-${process.pid}-${++spawned}.txt`)
    : null;
  const argv = [process.execPath, ...(options.nodeArgs ?? []), options.script];
  const command = timeFile ? [...timePrefix(timeFile), ...argv] : argv;
  const spawnedAt = performance.now();
  const spawnedAtEpochMs = Date.now();
  const child = spawn(command[0]!, command.slice(1), {
    env: options.env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-OUTPUT_LIMIT));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const appPid = timeFile ? await onlyChildOf(child, () => output) : child.pid!;
  const server: ServerChild = {
    label: options.label,
    url: `http://127.0.0.1:${options.port}`,
    appPid,
    postmasterPid: () => options.postmasterPid?.(appPid) ?? null,
    spawnedAt,
    spawnedAtEpochMs,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      const exit = await stopProcess(appPid, exited, signal);
      running.delete(server);
      return { ...exit, time: timeFile ? takeTimeReport(timeFile) : null };
    },
  };
  running.add(server);
  return server;
}

/** The node process that /usr/bin/time forked (it has exactly one child). */
async function onlyChildOf(child: ChildProcess, output: () => string): Promise<number> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${child.spawnfile} exited at once:\n${output()}`);
    const pid = directChildren(child.pid!)[0];
    if (pid !== undefined) return pid;
    await sleep(1);
  }
  throw new Error('/usr/bin/time did not start its command within 5 s');
}

/** /proc/<pid>/task/<pid>/children is one read; the /proc scan is the fallback without it. */
function directChildren(pid: number): number[] {
  try {
    const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return text ? text.split(' ').map(Number) : [];
  } catch {
    return childrenOf(pid);
  }
}

async function stopProcess(
  pid: number,
  exited: Promise<{ code: number | null; signal: string | null }>,
  signal: NodeJS.Signals,
): Promise<{ code: number | null; signal: string | null }> {
  signalIfAlive(pid, signal);
  // Unreferenced, so that a finished harness does not wait out the timer.
  const timeout = sleep(STOP_TIMEOUT_MS, true, { ref: false });
  if (await Promise.race([exited.then(() => false), timeout])) signalIfAlive(pid, 'SIGKILL');
  return exited;
}

function signalIfAlive(pid: number, signal: NodeJS.Signals): void {
  try {
    if (isAlive(pid)) process.kill(pid, signal);
  } catch {
    // It exited between the check and the signal: nothing left to stop.
  }
}

/** Stops every child still running (SIGTERM, so that Corium stops its database cleanly). */
export async function stopAllServers(): Promise<void> {
  await Promise.allSettled([...running].map((server) => server.stop()));
}

/** The HTTP status of one GET, or null when nothing answers (yet). */
export function getStatus(url: string, timeoutMs = 2_000): Promise<number | null> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: timeoutMs }, (response) => {
      response.resume();
      response.once('end', () => resolve(response.statusCode ?? null));
    });
    request.once('timeout', () => request.destroy());
    request.once('error', () => resolve(null));
  });
}

/** Polls `path` every `pollMs` until it answers 200; returns performance.now() at that answer. */
export async function waitFor200(
  server: ServerChild,
  urlPath: string,
  { timeoutMs = 60_000, pollMs = 10 } = {},
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(server.appPid)) throw new Error(`${server.label} exited during start:\n${server.output()}`);
    if ((await getStatus(`${server.url}${urlPath}`)) === 200) return performance.now();
    await sleep(pollMs);
  }
  throw new Error(
    `${server.label} did not answer 200 on ${urlPath} within ${timeoutMs} ms:\n${server.output()}`,
  );
}
