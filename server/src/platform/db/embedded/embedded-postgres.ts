import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, unlink } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { Logger } from 'pino';
import { loadBinaries, serverOsUser } from './binaries';
import {
  clusterPaths,
  initCluster,
  readPassword,
  socketFits,
  spawnServer,
  type ClusterPaths,
  type Listen,
} from './cluster';
import { lockDataDir } from './data-dir-lock';

export interface EmbeddedPostgres {
  connection: pg.ClientConfig;
  stop(): Promise<void>;
}

const DATABASE = 'corium';
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

/**
 * A new data directory is closed to other users (`corium doctor` checks it). Run by root, the
 * server itself runs as the system's postgres user, which must pass through to reach its cluster.
 */
const dataDirMode = (): number => (process.getuid?.() === 0 ? 0o711 : 0o700);

/**
 * Corium's own PostgreSQL 18 in DATA_DIR: initialised on first start, listening only on a Unix
 * socket inside the data directory (never a fixed TCP port that could clash with a system
 * PostgreSQL), fsync on. One Corium per data directory; an orphan left by a killed Corium is
 * stopped cleanly (a fast shutdown keeps every committed row) before a fresh start.
 */
export async function startEmbeddedPostgres(dataDir: string, log: Logger): Promise<EmbeddedPostgres> {
  await mkdir(dataDir, { recursive: true, mode: dataDirMode() });
  const lock = await lockDataDir(dataDir);
  try {
    const [bins, user] = await Promise.all([loadBinaries(), serverOsUser()]);
    const p = clusterPaths(dataDir);
    await initCluster(bins, p, user);
    await stopOrphan(p, log);
    const listen: Listen = socketFits(p.clusterDir)
      ? { host: p.clusterDir, port: 5432 }
      : { host: '127.0.0.1', port: await freeLoopbackPort() };
    const child = await spawnServer(bins, p, user, listen);
    const server = {
      host: listen.host,
      port: listen.port,
      user: 'postgres',
      password: await readPassword(p),
    };
    await waitUntilReady(server, child, p);
    await ensureDatabase(server);
    log.info({ dataDir, listen: listen.host, postgresPid: child.pid }, 'embedded PostgreSQL started');
    return {
      connection: { ...server, database: DATABASE },
      stop: async () => {
        await stopChild(child);
        await lock.release();
        log.info('embedded PostgreSQL stopped');
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/** After kill -9 of Corium its PostgreSQL child lives on, holding postmaster.pid. */
async function stopOrphan(p: ClusterPaths, log: Logger): Promise<void> {
  const pidFile = path.join(p.clusterDir, 'postmaster.pid');
  const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0]);
  if (!pid) return;
  if (!isPostgresProcess(pid)) {
    // The pid was reused by an unrelated process: the file is stale and would block start-up.
    await unlink(pidFile).catch(() => undefined);
    return;
  }
  log.warn({ postgresPid: pid }, 'stopping an orphaned embedded PostgreSQL left by a previous Corium');
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, STOP_TIMEOUT_MS))) {
    process.kill(pid, 'SIGQUIT');
    await waitForExit(pid, STOP_TIMEOUT_MS);
  }
}

function isPostgresProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isPostgresProcess(pid)) return true;
    await sleep(50);
  }
  return false;
}

async function waitUntilReady(server: pg.ClientConfig, child: ChildProcess, p: ClusterPaths): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const tail = (await readFile(p.logFile, 'utf8').catch(() => '')).split('\n').slice(-15).join('\n');
      throw new Error(`Embedded PostgreSQL exited during start-up. Its log (${p.logFile}) ends:\n${tail}`);
    }
    const client = new pg.Client({ ...server, database: 'postgres' });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`Embedded PostgreSQL did not accept connections: ${String(error)}`);
      await sleep(100);
    }
  }
}

async function ensureDatabase(server: pg.ClientConfig): Promise<void> {
  const client = new pg.Client({ ...server, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

/** Fast shutdown: active transactions roll back, committed ones are already on disk. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  const timedOut = await Promise.race([
    exited.then(() => false),
    sleep(STOP_TIMEOUT_MS, true, { ref: false }),
  ]);
  if (timedOut) {
    child.kill('SIGQUIT');
    await exited;
  }
}

export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
