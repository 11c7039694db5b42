import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import {
  onboardingBody,
  postJson,
  startCorium,
  stopCorium,
  tempDataDir,
  waitHealthy,
  type CoriumProcess,
} from './corium-process';

const running: CoriumProcess[] = [];
async function start(dataDir: string, args: string[] = []): Promise<CoriumProcess> {
  const corium = await startCorium({ DATA_DIR: dataDir }, args);
  running.push(corium);
  return corium;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((c) => stopCorium(c)));
});

/** Reads the embedded database directly, as an operator with access to DATA_DIR could. */
async function countRows(dataDir: string, table: string): Promise<number> {
  const client = new pg.Client({
    host: path.join(dataDir, 'postgres'),
    port: 5432,
    user: 'postgres',
    database: 'corium',
    password: readFileSync(path.join(dataDir, 'postgres.secret'), 'utf8').trim(),
  });
  await client.connect();
  try {
    return Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  } finally {
    await client.end();
  }
}

const postgresPid = (dataDir: string): number =>
  Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
/** Running, not merely a zombie waiting for a parent that was killed to reap it. */
const isAlive = (pid: number): boolean => {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]![0] !== 'Z';
  } catch {
    return false;
  }
};

describe('embedded PostgreSQL lifecycle', () => {
  it('initialises its own database in DATA_DIR and reports it in health', async () => {
    const dataDir = await tempDataDir();
    const corium = await start(dataDir);
    await waitHealthy(corium);
    const health = await (await fetch(`${corium.url}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', db: 'embedded-postgres' });
    expect(existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    expect(readFileSync(path.join(dataDir, 'postgres', 'PG_VERSION'), 'utf8').trim()).toBe('18');
  });

  it('refuses a second Corium on the same data directory, naming the holder', async () => {
    const dataDir = await tempDataDir();
    const first = await start(dataDir);
    await waitHealthy(first);
    const second = await start(dataDir);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`in use by another Corium (pid ${first.child.pid}`);
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
  });

  it('comes back healthy after kill -9 with every acknowledged write present', async () => {
    const dataDir = await tempDataDir();
    const first = await start(dataDir);
    await waitHealthy(first);
    expect((await postJson(`${first.url}/api/setup`, onboardingBody)).status).toBe(201);
    const signIns = 25;
    for (let i = 0; i < signIns; i++) {
      const response = await postJson(`${first.url}/api/auth/sign-in`, {
        email: onboardingBody.admin.email,
        password: onboardingBody.admin.password,
      });
      expect(response.status).toBe(200); // acknowledged: a session row is committed
    }
    const orphan = postgresPid(dataDir);
    await stopCorium(first, 'SIGKILL');
    expect(isAlive(orphan)).toBe(true); // the PostgreSQL child outlives a killed Corium

    const second = await start(dataDir);
    await waitHealthy(second);
    expect(second.output()).toContain('stopping an orphaned embedded PostgreSQL');
    expect(isAlive(orphan)).toBe(false);
    const status = await (await fetch(`${second.url}/api/setup`)).json();
    expect(status).toEqual({
      needsOnboarding: false,
      clinic: { name: 'Process Test Clinic', timeZone: 'Europe/London' },
    });
    expect(await countRows(dataDir, 'user_session')).toBe(signIns);
  });

  it('stops cleanly on SIGTERM: exit 0, database stopped, lock released', async () => {
    const dataDir = await tempDataDir();
    const corium = await start(dataDir);
    await waitHealthy(corium);
    const pid = postgresPid(dataDir);
    expect(await stopCorium(corium, 'SIGTERM')).toBe(0);
    expect(isAlive(pid)).toBe(false);
    expect(existsSync(path.join(dataDir, 'corium.lock'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });
});
