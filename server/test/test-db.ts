import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export interface TestDatabase {
  name: string;
  connection: pg.ClientConfig;
  drop(): Promise<void>;
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(inject('testDb').admin);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database of its own, migrated (cloned from the template) or empty. */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const { admin, template } = inject('testDb');
  const name = `corium_t_${randomBytes(6).toString('hex')}`;
  const create = `CREATE DATABASE ${name}${options.empty ? '' : ` TEMPLATE ${template}`}`;
  await withAdmin(async (c) => {
    // Parallel clones of one template can collide ("source database is being accessed"): retry.
    for (let attempt = 1; ; attempt++) {
      try {
        return await c.query(create);
      } catch (error) {
        if (attempt >= 20 || !String(error).includes('being accessed')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  });
  return {
    name,
    connection: { ...admin, database: name },
    drop: () =>
      withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
