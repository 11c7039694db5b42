import { existsSync } from 'node:fs';
import { stat, statfs } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { openForBackup } from '../backup/backup-database';
import type { Config } from '../config/config';
import { clusterPaths } from '../db/embedded/cluster';
import { readMigrations } from '../db/migrate';
import type { DataDirState, MigrationState } from './checks';

/** What `corium doctor` observes about the machine and the database; the verdicts are in checks.ts. */

export async function observeDataDir(config: Config): Promise<DataDirState> {
  const info = await stat(config.dataDir).catch(() => null);
  return {
    path: config.dataDir,
    embedded: !config.databaseUrl,
    exists: info !== null,
    isDirectory: info?.isDirectory() ?? false,
    mode: info?.mode ?? 0,
    ownerUid: info?.uid ?? -1,
    processUid: os.userInfo().uid,
  };
}

/** Free space where DATA_DIR is (or would be created: its nearest existing parent). */
export async function observeDisk(config: Config) {
  let dir = config.dataDir;
  while (!existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const fs = await statfs(dir);
  return { path: config.dataDir, freeBytes: fs.bavail * fs.bsize, totalBytes: fs.blocks * fs.bsize };
}

export interface DatabaseState {
  serverVersion: string;
  settings: Record<string, string>;
  migrations: MigrationState;
  lastBackupSuccess: Date | null;
}

/** Connects without migrating (a running Corium's embedded database is reached through its socket). */
export async function observeDatabase(config: Config, log: Logger): Promise<DatabaseState> {
  if (!config.databaseUrl && !existsSync(path.join(clusterPaths(config.dataDir).clusterDir, 'PG_VERSION')))
    throw new Error(`there is no Corium database in ${config.dataDir} yet; start Corium once to create it`);
  const database = await openForBackup(config, log);
  try {
    const client = new pg.Client({ ...database.connection, application_name: 'corium doctor' });
    await client.connect();
    try {
      return await readState(client);
    } finally {
      await client.end();
    }
  } finally {
    await database.close();
  }
}

async function readState(client: pg.Client): Promise<DatabaseState> {
  const settings: Record<string, string> = {};
  for (const name of ['fsync', 'synchronous_commit', 'full_page_writes'])
    settings[name] = (await client.query<Record<string, string>>(`SHOW ${name}`)).rows[0]![name]!;
  const tables = await client.query<{ migration: string | null; backups: string | null }>(
    "SELECT to_regclass('public.schema_migration')::text AS migration, to_regclass('public.backup_run')::text AS backups",
  );
  const { migration, backups } = tables.rows[0]!;
  const applied = migration
    ? (
        await client.query<{ version: string; checksum: string }>(
          'SELECT version, checksum FROM schema_migration',
        )
      ).rows
    : [];
  const last = backups
    ? await client.query<{ at: Date | null }>(
        "SELECT max(finished_at) AS at FROM backup_run WHERE status = 'succeeded'",
      )
    : null;
  return {
    serverVersion: (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v"))
      .rows[0]!.v,
    settings,
    migrations: { files: await readMigrations(), applied },
    lastBackupSuccess: last?.rows[0]?.at ?? null,
  };
}
