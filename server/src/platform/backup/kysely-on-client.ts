import { Kysely, PostgresDialect, type PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import type { Db } from '../db/database';
import type { Database } from '../db/schema';

/**
 * A Kysely that runs every query on one already-open client, inside whatever transaction that
 * client has begun: lets the restore call platform code written for a Db (verifyAuditChains)
 * on data it has not committed yet. Not destroyed: the client belongs to the caller.
 */
export function kyselyOnClient(client: pg.ClientBase): Db {
  const borrowed = {
    query: client.query.bind(client),
    release: () => undefined,
  } as unknown as PostgresPoolClient;
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool: { connect: async () => borrowed, end: async () => undefined } }),
  });
}
