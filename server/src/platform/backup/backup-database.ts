import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config/config';
import { clusterPaths, readPassword } from '../db/embedded/cluster';
import { DataDirInUseError } from '../db/embedded/data-dir-lock';
import { startEmbeddedPostgres } from '../db/embedded/embedded-postgres';
import type { DbKind } from '../db/open-database';
import { BackupError } from './backup-error';

/** A database to back up or restore into, reached without running migrations. */
export interface BackupDatabase {
  connection: pg.ClientConfig;
  kind: DbKind;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = 'corium';
const external = (config: Config): BackupDatabase => ({
  connection: { connectionString: config.databaseUrl },
  kind: 'postgres',
  close: async () => undefined,
});

/**
 * The database a backup reads: DATABASE_URL's, or the embedded one in DATA_DIR. A Corium that is
 * running on DATA_DIR keeps it: the backup then connects to that Corium's PostgreSQL (its socket
 * or port is in postmaster.pid), so backups need no downtime.
 */
export async function openForBackup(config: Config, log: Logger): Promise<BackupDatabase> {
  if (config.databaseUrl) return external(config);
  const paths = clusterPaths(config.dataDir);
  if (!existsSync(path.join(paths.clusterDir, 'PG_VERSION')))
    throw new BackupError(
      `There is no Corium database in ${path.resolve(config.dataDir)} to back up. ` +
        'Set DATA_DIR to its data folder, or DATABASE_URL for an external PostgreSQL.',
    );
  try {
    const embedded = await startEmbeddedPostgres(config.dataDir, log);
    return { connection: embedded.connection, kind: 'embedded-postgres', close: embedded.stop };
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    return {
      connection: await runningCluster(config.dataDir),
      kind: 'embedded-postgres',
      close: async () => undefined,
    };
  }
}

/**
 * The database a restore writes: DATABASE_URL's, or the embedded one in DATA_DIR (created when
 * the folder is new). Never under a running Corium: it would serve a half-replaced database.
 */
export async function openForRestore(config: Config, log: Logger): Promise<BackupDatabase> {
  if (config.databaseUrl) return external(config);
  try {
    const embedded = await startEmbeddedPostgres(config.dataDir, log);
    return { connection: embedded.connection, kind: 'embedded-postgres', close: embedded.stop };
  } catch (error) {
    if (error instanceof DataDirInUseError)
      throw new BackupError(
        `${error.message.replace(/ Stop it first.*$/, '')} Stop it before restoring into it.`,
      );
    throw error;
  }
}

/**
 * The database of the Corium process that asks (its scheduled backups): DATABASE_URL's, or its
 * own embedded one found through postmaster.pid — never started again, this process holds DATA_DIR.
 */
export async function ownDatabaseConnection(config: Config): Promise<pg.ClientConfig> {
  return config.databaseUrl ? { connectionString: config.databaseUrl } : runningCluster(config.dataDir);
}

/**
 * postmaster.pid's lines (PostgreSQL's pidfile.h): 1 pid, 2 data folder, 3 start time, 4 port,
 * 5 socket folder (empty when listening on TCP only), 6 listen address.
 */
async function runningCluster(dataDir: string): Promise<pg.ClientConfig> {
  const paths = clusterPaths(dataDir);
  const lines = (await readFile(path.join(paths.clusterDir, 'postmaster.pid'), 'utf8').catch(() => '')).split(
    '\n',
  );
  const port = Number(lines[3]);
  const host = lines[4]?.trim() || lines[5]?.trim();
  if (!port || !host)
    throw new BackupError(`The Corium running on ${dataDir} has no database up yet; try again in a moment.`);
  return { host, port, user: 'postgres', password: await readPassword(paths), database: EMBEDDED_DATABASE };
}
