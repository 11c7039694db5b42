import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestClinic } from '../../../test/factories/clinic.factory';
import { signIn } from '../../../test/factories/sign-in';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db';
import { verifyAuditChains } from '../audit/verify-chain';
import { connectDatabase } from '../db/database';
import { migrate, readMigrations } from '../db/migrate';
import { writeBackup } from './backup';
import { restoreBackup } from './restore';

let t: TestApp;
let work: string;
const databases: TestDatabase[] = [];
const PASSPHRASE = 'a long and private backup passphrase';

beforeAll(async () => {
  t = await buildTestApp();
  work = await mkdtemp(path.join(os.tmpdir(), 'corium-backup-test-'));
  await seedClinic();
});
afterAll(async () => {
  await t.close();
  await Promise.all(databases.map((d) => d.drop()));
});

/** Staff, patients, history versions and audited reads, made through the API as a clinic would. */
async function seedClinic(): Promise<void> {
  const clinic = await createTestClinic(t.deps);
  const practitioner = await signIn(t, (await clinic.addUser('practitioner')).email);
  await clinic.addPatient({ withAccount: true });
  const send = (method: 'POST' | 'GET', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: practitioner.headers, payload });
  for (const [givenName, notes] of [
    ['Zoë', 'Tabs\there, a newline\nand a backslash \\ too'],
    ['Ada', null],
  ] as const) {
    const created = await send('POST', '/api/patients', {
      givenName,
      familyName: 'Müller-Fernández',
      dateOfBirth: '1991-07-14',
      sex: 'female',
      notes,
      confirmNotDuplicate: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    for (const anticoagulants of [true, false]) {
      const history = await send('POST', `/api/patients/${id}/medical-history`, {
        answers: { diabetes: 'controlled', anticoagulants },
      });
      expect(history.statusCode, history.body).toBe(201);
    }
    expect((await send('GET', `/api/patients/${id}`)).statusCode).toBe(200);
  }
  // Microseconds, which a JavaScript Date would lose on the way through.
  await sql`UPDATE patient SET updated_at = '2026-03-01 10:11:12.345678+00' WHERE given_name = 'Ada'`.execute(
    t.deps.db,
  );
  const blobs = path.join(t.deps.config.dataDir, 'blobs', 'ph');
  await mkdir(blobs, { recursive: true });
  await writeFile(path.join(blobs, 'before.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01]));
}

async function backUp(connection: pg.ClientConfig, name: string, passphrase?: string): Promise<string> {
  const file = path.join(work, name);
  await writeBackup({
    connection,
    kind: 'embedded-postgres',
    dataDir: t.deps.config.dataDir,
    file,
    sealing: passphrase ? { passphrase, logN: 12 } : null,
    coriumVersion: 'test',
    now: new Date(),
  });
  return file;
}

async function freshTarget(): Promise<{ database: TestDatabase; dataDir: string }> {
  const database = await createTestDatabase({ empty: true });
  databases.push(database);
  return { database, dataDir: await mkdtemp(path.join(work, 'target-')) };
}

const restore = (
  file: string,
  target: { database: TestDatabase; dataDir: string },
  options: { force?: boolean; passphrase?: string } = {},
) =>
  restoreBackup({
    target: async () => target.database.connection,
    file,
    passphrase: async () => options.passphrase ?? 'no passphrase was expected',
    force: options.force ?? false,
    dataDir: target.dataDir,
    coriumVersion: 'test',
  });

/** Row count and an md5 of every row's text, per table: computed by SQL, not by the backup code. */
async function fingerprint(connection: pg.ClientConfig): Promise<Record<string, string>> {
  const client = new pg.Client(connection);
  await client.connect();
  try {
    await client.query("SET TimeZone = 'UTC'");
    const { rows } = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const result: Record<string, string> = {};
    for (const { name } of rows) {
      const { rows: r } = await client.query(
        `SELECT count(*) AS n, md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text COLLATE "C"), '')) AS h FROM public."${name}" x`,
      );
      result[name] = `${r[0].n} rows ${r[0].h}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

async function withDb<T>(
  connection: pg.ClientConfig,
  work: (db: ReturnType<typeof connectDatabase>) => Promise<T>,
) {
  const handle = connectDatabase({ ...connection, max: 1 });
  try {
    return await work(handle);
  } finally {
    await handle.destroy();
  }
}

describe('backup and restore', () => {
  let plainFile = '';
  let restored: { database: TestDatabase; dataDir: string };

  it('restores into an empty database with the same rows, content, audit chain and files', async () => {
    plainFile = await backUp(t.database.connection, 'plain.corium');
    restored = await freshTarget();
    const summary = await restore(plainFile, restored);
    const source = await fingerprint(t.database.connection);
    expect(await fingerprint(restored.database.connection)).toEqual(source);
    expect(source.patient).toMatch(/^3 rows/);
    expect(source.medical_history).toMatch(/^5 rows/);
    const sourceAudit = await verifyAuditChains(t.deps.db);
    expect(sourceAudit.checked).toBeGreaterThan(5);
    expect(summary.auditEventsVerified).toBe(sourceAudit.checked);
    await withDb(restored.database.connection, async ({ db }) => {
      expect(await verifyAuditChains(db)).toEqual(sourceAudit);
      // The append-only guard is back on after the load.
      await expect(sql`DELETE FROM audit_event`.execute(db)).rejects.toThrow('append-only');
    });
    expect(await readFile(path.join(restored.dataDir, 'blobs', 'ph', 'before.jpg'))).toEqual(
      Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01]),
    );
  });

  it('refuses a target that holds data unless forced, and a forced restore replaces it', async () => {
    await expect(restore(plainFile, restored)).rejects.toThrow(/already holds data .*Add --force/);
    const serving = new pg.Client({ ...restored.database.connection, application_name: 'corium' });
    await serving.connect();
    await expect(restore(plainFile, restored, { force: true })).rejects.toThrow(
      'Corium is connected to the target',
    );
    await serving.end();
    await t.deps.db
      .insertInto('clinic')
      .values({ id: '01900000-0000-7000-8000-000000000001', name: 'Later', time_zone: 'UTC' })
      .execute();
    const laterFile = await backUp(t.database.connection, 'later.corium', PASSPHRASE);
    await expect(
      restore(laterFile, restored, { force: true, passphrase: 'not the passphrase' }),
    ).rejects.toThrow('Wrong passphrase for this backup');
    await restore(laterFile, restored, { force: true, passphrase: PASSPHRASE });
    expect(await fingerprint(restored.database.connection)).toEqual(await fingerprint(t.database.connection));
  });

  it('changes nothing when the backup was tampered with, even when forced', async () => {
    const before = await fingerprint(restored.database.connection);
    const bytes = await readFile(plainFile);
    const at = bytes.indexOf('Tabs');
    expect(at).toBeGreaterThan(0);
    bytes[at] = 'J'.charCodeAt(0);
    const tampered = path.join(work, 'tampered.corium');
    await writeFile(tampered, bytes);
    await expect(restore(tampered, restored, { force: true })).rejects.toThrow(
      'The backup is damaged (its content does not match its closing checksum).',
    );
    expect(await fingerprint(restored.database.connection)).toEqual(before);
  });

  it('migrates a backup of an older schema forward, and refuses one from a newer Corium', async () => {
    const files = await readMigrations();
    const old = await createTestDatabase({ empty: true });
    databases.push(old);
    const pool = new pg.Pool({ ...old.connection, max: 1 });
    await migrate(pool, files.slice(0, -1));
    await pool.query(
      "INSERT INTO clinic (id, name, time_zone) VALUES ('01900000-0000-7000-8000-0000000000aa', 'Old', 'UTC')",
    );
    const oldFile = await backUp(old.connection, 'old.corium');
    await pool.query(
      "INSERT INTO schema_migration (version, name, checksum) VALUES ('29990101000000', 'from_the_future', $1)",
      ['a'.repeat(64)],
    );
    await pool.end();
    const newerFile = await backUp(old.connection, 'newer.corium');

    const target = await freshTarget();
    const summary = await restore(oldFile, target);
    expect(summary.migratedForward).toEqual([`${files.at(-1)!.version}_${files.at(-1)!.name}`]);
    await withDb(target.database.connection, async ({ db }) => {
      expect((await db.selectFrom('schema_migration').select('version').execute()).length).toBe(files.length);
      expect((await db.selectFrom('clinic').select('name').execute()).map((c) => c.name)).toEqual(['Old']);
    });
    await expect(restore(newerFile, await freshTarget())).rejects.toThrow(
      /made by a newer Corium .*29990101000000_from_the_future/,
    );
  });
});
