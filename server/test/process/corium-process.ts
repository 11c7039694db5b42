import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { freeLoopbackPort } from '../../src/platform/db/embedded/embedded-postgres';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const mainJs = path.join(root, 'server/dist/main.js');
export const coriumBin = path.join(root, 'server/bin/corium.js');

export async function tempDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'corium-proc-'));
  await chmod(dir, 0o755);
  return path.join(dir, 'data');
}

export interface CoriumProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  exited: Promise<number | null>;
}

/** Runs the built server (`npm start`'s command) as a child process. */
export async function startCorium(env: Record<string, string>, args: string[] = []): Promise<CoriumProcess> {
  const port = await freeLoopbackPort();
  const child = spawn(process.execPath, [mainJs, ...args], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}

/** Polls /healthz until it answers 200, or fails with the process's output. */
export async function waitHealthy(corium: CoriumProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (corium.child.exitCode !== null) throw new Error(`Corium exited early:\n${corium.output()}`);
    const ok = await fetch(`${corium.url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(100);
  }
  throw new Error(`Corium did not become healthy:\n${corium.output()}`);
}

export async function stopCorium(
  corium: CoriumProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | null> {
  if (corium.child.exitCode === null) corium.child.kill(signal);
  return corium.exited;
}

export interface CliRun {
  child: ChildProcess;
  done: Promise<{ code: number | null; output: string }>;
}

/** Starts `corium <args>`, feeding `input` on standard input. */
export function spawnCli(args: string[], env: Record<string, string>, input = ''): CliRun {
  const child = spawn(process.execPath, [coriumBin, ...args], { env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, output })),
  );
  child.stdin.end(input);
  return { child, done };
}

export const runCli = (args: string[], env: Record<string, string>, input = '') =>
  spawnCli(args, env, input).done;

export const onboardingBody = {
  clinicName: 'Process Test Clinic',
  timeZone: 'Europe/London',
  admin: { displayName: 'Pat Admin', email: 'pat@process.test', password: 'process test passphrase' },
};

export async function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}
