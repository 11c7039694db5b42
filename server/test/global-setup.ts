import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { migrate } from '../src/platform/db/migrate';
import { startTestServer, type TestDbTarget } from './test-server';

declare module 'vitest' {
  export interface ProvidedContext {
    testDb: { target: TestDbTarget; admin: pg.ClientConfig; template: string };
  }
}

/**
 * One database server per run. Migrations run once into a template database; every test file
 * clones it (CREATE DATABASE … TEMPLATE), so files run in parallel on their own data.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTestServer(process.env);
  const template = `corium_tpl_${process.pid}`;
  const admin = new pg.Client(server.admin);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const pool = new pg.Pool({ ...server.admin, database: template, max: 1 });
  await migrate(pool);
  await pool.end();
  project.provide('testDb', { target: server.target, admin: server.admin, template });
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
    await server.stop();
  };
}
