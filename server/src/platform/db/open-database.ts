import type { Logger } from 'pino';
import type { Config } from '../config/config';
import { connectDatabase, type DbHandle } from './database';
import { startEmbeddedPostgres } from './embedded/embedded-postgres';
import { migrate } from './migrate';

export type DbKind = 'embedded-postgres' | 'postgres';

export interface OpenDatabase extends DbHandle {
  kind: DbKind;
  /** Closes the pool, then stops the embedded server if Corium started one. */
  close(): Promise<void>;
}

/**
 * DATABASE_URL set → an external PostgreSQL shared by any number of Corium processes.
 * Unset → Corium's own embedded PostgreSQL in DATA_DIR. Either way, migrations run first.
 */
export async function openDatabase(config: Config, log: Logger): Promise<OpenDatabase> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir, log);
  const handle = connectDatabase({
    ...(embedded ? embedded.connection : { connectionString: config.databaseUrl }),
    max: config.dbPoolMax,
  });
  const close = async (): Promise<void> => {
    await handle.destroy();
    await embedded?.stop();
  };
  try {
    const applied = await migrate(handle.pool);
    if (applied.length) log.info({ applied }, 'migrations applied');
  } catch (error) {
    await close();
    throw error;
  }
  return { ...handle, kind: embedded ? 'embedded-postgres' : 'postgres', close };
}
