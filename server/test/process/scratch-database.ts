import pg from 'pg';
import { parse } from 'pg-connection-string';
import { afterAll, beforeAll } from 'vitest';

/**
 * A database of its own on the external PostgreSQL for one describe block: created before its
 * tests, dropped after them (forcing out any connection a killed Corium left behind).
 */
export function useScratchDatabase(serverUrl: string, name: string): { name: string; url: () => string } {
  const admin = async (sql: string) => {
    const client = new pg.Client(parse(serverUrl) as pg.ClientConfig);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  // Built when a test asks: a skipped block is still collected, without a server.
  const url = () => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  beforeAll(() => admin(`CREATE DATABASE ${name}`));
  afterAll(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  return { name, url };
}
