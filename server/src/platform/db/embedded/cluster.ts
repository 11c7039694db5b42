import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdir, open, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { OsUser, PostgresBinaries } from './binaries';

const run = promisify(execFile);

export interface ClusterPaths {
  clusterDir: string;
  passwordFile: string;
  logFile: string;
}

export function clusterPaths(dataDir: string): ClusterPaths {
  return {
    clusterDir: path.join(dataDir, 'postgres'),
    passwordFile: path.join(dataDir, 'postgres.secret'),
    logFile: path.join(dataDir, 'postgres.log'),
  };
}

/** Creates the cluster on first start: UTF-8, builtin C.UTF-8 collation, scram passwords. */
export async function initCluster(
  bins: PostgresBinaries,
  p: ClusterPaths,
  user: OsUser | undefined,
): Promise<void> {
  if (existsSync(path.join(p.clusterDir, 'PG_VERSION'))) return;
  await mkdir(p.clusterDir, { recursive: true, mode: 0o700 });
  if (user) {
    await assertTraversable(path.dirname(p.clusterDir));
    await chown(p.clusterDir, user.uid, user.gid);
  }
  const password = randomBytes(24).toString('base64url');
  await writeFile(p.passwordFile, password, { mode: 0o600 });
  // initdb runs as the server user, which cannot read the root-owned secret: hand it a copy.
  const pwfile = path.join(p.clusterDir, '..', `.initdb-pw-${process.pid}`);
  await writeFile(pwfile, password + '\n', { mode: 0o600 });
  if (user) await chown(pwfile, user.uid, user.gid);
  try {
    await run(
      bins.initdb,
      [
        `--pgdata=${p.clusterDir}`,
        '--username=postgres',
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--lc-messages=C',
      ],
      { ...(user ?? {}), env: { ...process.env, LC_ALL: 'C' } },
    );
  } finally {
    await unlink(pwfile).catch(() => undefined);
  }
}

export const readPassword = (p: ClusterPaths): Promise<string> =>
  readFile(p.passwordFile, 'utf8').then((s) => s.trim());

/** Unix sockets have a ~107-byte path limit; a deep DATA_DIR falls back to a loopback port. */
export function socketFits(clusterDir: string): boolean {
  return Buffer.byteLength(path.join(clusterDir, '.s.PGSQL.5432')) < 104;
}

export interface Listen {
  host: string;
  port: number;
}

/**
 * Starts the server in its own process group, so a Ctrl-C aimed at Corium does not stop the
 * database under Corium's in-flight requests; Corium stops it after closing. Output goes
 * straight to a log file, which outlives Corium if Corium is killed.
 */
export async function spawnServer(
  bins: PostgresBinaries,
  p: ClusterPaths,
  user: OsUser | undefined,
  listen: Listen,
): Promise<ChildProcess> {
  const viaSocket = listen.host.startsWith('/');
  const log = await open(p.logFile, 'a', 0o600);
  const child = spawn(
    bins.postgres,
    [
      '-D',
      p.clusterDir,
      '-p',
      String(listen.port),
      '-c',
      `listen_addresses=${viaSocket ? '' : listen.host}`,
      '-c',
      `unix_socket_directories=${viaSocket ? listen.host : ''}`,
      // Durability is not negotiable for clinical records.
      '-c',
      'fsync=on',
      '-c',
      'synchronous_commit=on',
      '-c',
      'full_page_writes=on',
    ],
    {
      ...(user ?? {}),
      detached: true,
      stdio: ['ignore', log.fd, log.fd],
      env: { ...process.env, LC_ALL: 'C' },
    },
  );
  await log.close();
  return child;
}

/** The postgres user must be able to pass through every parent folder of the cluster. */
async function assertTraversable(dir: string): Promise<void> {
  for (let d = dir; ; d = path.dirname(d)) {
    const s = await stat(d);
    if ((s.mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the user "postgres", which cannot enter ${d}. ` +
          `Run \`chmod o+x ${d}\` or set DATA_DIR to a folder it can reach.`,
      );
    }
    if (path.dirname(d) === d) return;
  }
}
