import path from 'node:path';
import type { Logger } from 'pino';
import { ConfigError, loadConfig, type Config } from '../config/config';
import {
  checkBackupAge,
  checkDataDir,
  checkDiskSpace,
  checkDurability,
  checkMail,
  checkMigrations,
  checkPublicUrl,
} from './checks';
import type { Finding } from './finding';
import { observeDatabase, observeDataDir, observeDisk } from './probe';

/** Every check of `corium doctor`, in the order an operator would fix things. */
export async function runDoctor(
  env: Record<string, string | undefined>,
  options: { version: string; now: Date; log: Logger },
): Promise<Finding[]> {
  let config: Config;
  try {
    config = loadConfig(env, options.version);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.variables.map((v) => ({
      level: 'fail' as const,
      check: 'configuration',
      message: `${v.name}: ${v.problem}`,
      fix: 'correct the variable (see README, Configuration)',
    }));
  }
  const database = config.databaseUrl
    ? `external PostgreSQL at ${new URL(config.databaseUrl).host}`
    : `embedded PostgreSQL in ${config.dataDir}`;
  return [
    { level: 'ok', check: 'configuration', message: `parsed; ${database}` },
    checkDataDir(await observeDataDir(config)),
    checkDiskSpace(await observeDisk(config)),
    ...checkPublicUrl(config.publicUrl, config.host),
    checkMail(config.smtpUrl, path.join(config.dataDir, 'mail')),
    ...(await databaseFindings(config, options)),
  ];
}

async function databaseFindings(config: Config, options: { now: Date; log: Logger }): Promise<Finding[]> {
  try {
    const state = await observeDatabase(config, options.log);
    return [
      { level: 'ok', check: 'database', message: `reachable (PostgreSQL ${state.serverVersion})` },
      checkMigrations(state.migrations),
      ...checkDurability(state.settings),
      checkBackupAge({
        embedded: !config.databaseUrl,
        scheduleEnabled: config.backups.schedule !== null,
        lastSuccess: state.lastBackupSuccess,
        now: options.now,
      }),
    ];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [
      {
        level: 'fail',
        check: 'database',
        message: `cannot be reached: ${message}`,
        fix: config.databaseUrl ? 'check DATABASE_URL and that PostgreSQL runs' : 'check DATA_DIR',
      },
    ];
  }
}
