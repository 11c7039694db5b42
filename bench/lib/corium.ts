import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freeLoopbackPort } from '../../server/src/platform/db/embedded/embedded-postgres';
import { spawnServer, type ServerChild } from './child-server';
import { readStat } from './proc';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** What `npm start` runs: the esbuild bundle of server/src/main.ts. */
export const coriumMain = path.join(repoRoot, 'server/dist/main.js');

export interface DataDir {
  path: string;
  remove(): Promise<void>;
}

/**
 * A fresh DATA_DIR under the OS temp dir. Its parent is made world-readable because Corium,
 * run as root, runs PostgreSQL as the `postgres` user, which must be able to reach it.
 */
export async function tempDataDir(): Promise<DataDir> {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'corium-bench-'));
  await chmod(parent, 0o755);
  return {
    path: path.join(parent, 'data'),
    remove: () => rm(parent, { recursive: true, force: true }),
  };
}

/** The postmaster of DATA_DIR's embedded PostgreSQL, if it is running as a child of `appPid`. */
export function postmasterPidOf(dataDir: string, appPid: number): number | null {
  try {
    const pidFile = readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
    const pid = Number(pidFile.split('\n')[0]);
    return readStat(pid)?.ppid === appPid ? pid : null;
  } catch {
    return null;
  }
}

export interface CoriumOptions {
  dataDir: string;
  /** An external PostgreSQL (`BENCH_DATABASE_URL`); unset means the embedded one in DATA_DIR. */
  databaseUrl?: string | undefined;
  logLevel?: string;
}

/** The built server as `npm start` runs it, on loopback, without its in-process worker. */
export async function startCorium(options: CoriumOptions): Promise<ServerChild> {
  if (!existsSync(coriumMain)) {
    throw new Error(`${coriumMain} is missing: build the server first (npm run build -w server).`);
  }
  const port = await freeLoopbackPort();
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: options.dataDir,
    LOG_LEVEL: options.logLevel ?? 'warn',
    // The worker polls the outbox every second: idle noise that no workload here needs.
    RUN_WORKER: 'false',
  };
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const { dataDir, databaseUrl } = options;
  return spawnServer({
    label: 'corium',
    script: coriumMain,
    env,
    port,
    postmasterPid: databaseUrl ? undefined : (appPid) => postmasterPidOf(dataDir, appPid),
    // BENCH_CORIUM_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof": profile Corium under a workload.
    nodeArgs: process.env.BENCH_CORIUM_NODE_ARGS?.split(' ').filter(Boolean),
  });
}

/** A warning when server/dist is older than the sources: the numbers would describe an old build. */
export function staleBuildNote(): string | null {
  if (!existsSync(coriumMain)) return null;
  const built = statSync(coriumMain).mtimeMs;
  const sources = ['server/src', 'contracts/src'].map((dir) => path.join(repoRoot, dir));
  const newest = Math.max(...sources.map(newestMtime));
  return newest > built
    ? 'server/dist is older than server/src or contracts/src: this measures the previous build.'
    : null;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}
