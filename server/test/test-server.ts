import { chmod, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { parse } from 'pg-connection-string';
import pino from 'pino';
import { startEmbeddedPostgres } from '../src/platform/db/embedded/embedded-postgres';

export type TestDbTarget = 'embedded' | 'external';

/** Where integration tests make their databases: admin connection to a server. */
export interface TestServer {
  target: TestDbTarget;
  admin: pg.ClientConfig;
  stop(): Promise<void>;
}

/**
 * TEST_DB=external uses TEST_DATABASE_URL (CI: the system PostgreSQL 15); otherwise an
 * embedded PostgreSQL 18 in a temporary folder.
 */
export async function startTestServer(env: NodeJS.ProcessEnv): Promise<TestServer> {
  if (env.TEST_DB === 'external') {
    if (!env.TEST_DATABASE_URL) throw new Error('TEST_DB=external needs TEST_DATABASE_URL');
    // Parsed into fields so that `{ ...admin, database }` points at another database.
    const { database: _ignored, ...server } = parse(env.TEST_DATABASE_URL);
    const admin: pg.ClientConfig = { ...(server as pg.ClientConfig), database: _ignored ?? 'postgres' };
    return { target: 'external', admin, stop: async () => undefined };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'corium-test-pg-'));
  await chmod(dir, 0o755); // mkdtemp makes 0700; when run as root, the postgres user must enter it
  const embedded = await startEmbeddedPostgres(dir, pino({ level: 'warn' }));
  return { target: 'embedded', admin: { ...embedded.connection, database: 'postgres' }, stop: embedded.stop };
}
