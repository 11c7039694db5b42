import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
/** A repo function takes either the pool-backed Db or a transaction it is part of. */
export type Executor = Db | Trx;

// A calendar `date` has no time zone: keep it as 'YYYY-MM-DD' instead of a local-midnight Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export interface DbHandle {
  db: Db;
  pool: pg.Pool;
  destroy(): Promise<void>;
}

export function connectDatabase(connection: pg.PoolConfig): DbHandle {
  const pool = new pg.Pool({ ...connection, application_name: 'corium' });
  // An idle client losing its connection (server restart) must not crash the process;
  // the pool drops it and the next query reconnects.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    destroy: () => db.destroy(),
  };
}
