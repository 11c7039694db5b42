import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import {
  onboardingBody,
  postJson,
  spawnCli,
  startCorium,
  stopCorium,
  tempDataDir,
  waitHealthy,
  type CoriumProcess,
} from './corium-process';
import { useScratchDatabase } from './scratch-database';

/**
 * Scale mode: several stateless Corium processes and a separate worker share one external
 * PostgreSQL. Runs when TEST_DATABASE_URL names a server (CI: the system PostgreSQL 15).
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const describeExternal = serverUrl ? describe : describe.skipIf(true);

describeExternal('external PostgreSQL', () => {
  const scratch = useScratchDatabase(serverUrl!, `corium_proc_${process.pid}`);
  const running: CoriumProcess[] = [];

  afterAll(async () => {
    await Promise.all(running.map((c) => stopCorium(c)));
  });

  it('serves one clinic from two API processes and drains mail in a separate worker', async () => {
    const env = { DATABASE_URL: scratch.url(), RUN_WORKER: 'false' };
    const [a, b] = await Promise.all([
      startCorium({ ...env, DATA_DIR: await tempDataDir() }),
      startCorium({ ...env, DATA_DIR: await tempDataDir() }),
    ]);
    running.push(a!, b!);
    await Promise.all([waitHealthy(a!), waitHealthy(b!)]);
    expect(await (await fetch(`${a!.url}/healthz`)).json()).toMatchObject({ db: 'postgres' });
    expect((await postJson(`${a!.url}/api/setup`, onboardingBody)).status).toBe(201);
    expect(await (await fetch(`${b!.url}/api/setup`)).json()).toMatchObject({ needsOnboarding: false });

    const workerDataDir = await tempDataDir();
    const worker = spawnCli(['worker'], { ...env, DATA_DIR: workerDataDir, WORKER_POLL_MS: '100' });
    const mailDir = path.join(workerDataDir, 'mail');
    let mail: string[] = [];
    for (let i = 0; i < 100 && mail.length === 0; i++) {
      await sleep(100);
      mail = await readdir(mailDir).catch(() => []);
    }
    expect(mail).toHaveLength(1);
    worker.child.kill('SIGTERM');
    expect((await worker.done).code).toBe(0);
  });
});
