import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  onboardingBody,
  postJson,
  runCli,
  startCorium,
  stopCorium,
  tempDataDir,
  waitHealthy,
  type CoriumProcess,
} from './corium-process';
import { useScratchDatabase } from './scratch-database';

/**
 * `corium backup` and `corium restore` as an operator runs them: an embedded clinic is backed up
 * while it serves, restored elsewhere, and the restored Corium serves the same patient. With
 * TEST_DATABASE_URL (CI: the system PostgreSQL 15) the clinic also moves embedded → external
 * PostgreSQL → embedded again.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const PASSPHRASE = 'process test backup passphrase';
const embedded = (dataDir: string) => ({ DATA_DIR: dataDir, DATABASE_URL: '' });

const running: CoriumProcess[] = [];
const stopAll = async () => {
  await Promise.all(running.splice(0).map((c) => stopCorium(c)));
};
afterEach(stopAll);
afterAll(stopAll);
// Several Corium starts, embedded PostgreSQL starts and scrypt derivations: slow on a busy machine.
const SLOW = 240_000;

async function start(env: Record<string, string>): Promise<CoriumProcess> {
  const corium = await startCorium(env);
  running.push(corium);
  await waitHealthy(corium);
  return corium;
}

async function stop(corium: CoriumProcess): Promise<void> {
  running.splice(running.indexOf(corium), 1);
  expect(await stopCorium(corium)).toBe(0);
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });

/** The patient as the API shows it to the clinic's admin. */
async function readPatient(corium: CoriumProcess, token: string, patientId: string): Promise<unknown> {
  const response = await fetch(`${corium.url}/api/patients/${patientId}`, { headers: bearer(token) });
  expect(response.status).toBe(200);
  return response.json();
}

async function cli(args: string[], env: Record<string, string>): Promise<string> {
  const { code, output } = await runCli(args, env);
  expect(code, output).toBe(0);
  return output;
}

const patientBody = {
  givenName: 'Maëlle',
  familyName: "O'Brien-Søndergaard",
  dateOfBirth: '1988-02-29',
  sex: 'female',
  // Admin may not write clinical notes; the address carries the awkward characters instead.
  address: "Flat 2\n14 Rue de l'Église\twith a backslash \\",
};

let source = '';
let token = '';
let patientId = '';
let work = '';

/** An embedded clinic with an admin, an API token and one patient, made through the product. */
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'corium-backup-proc-'));
  source = await tempDataDir();
  const first = await start(embedded(source));
  expect((await postJson(`${first.url}/api/setup`, onboardingBody)).status).toBe(201);
  await stop(first);
  const printed = await cli(['token', 'create', '--user', onboardingBody.admin.email], embedded(source));
  token = /^[A-Za-z0-9_-]{20,200}$/m.exec(printed)![0];
  const second = await start(embedded(source));
  const created = await fetch(`${second.url}/api/patients`, {
    method: 'POST',
    headers: bearer(token),
    body: JSON.stringify(patientBody),
  });
  expect(created.status, await created.clone().text()).toBe(201);
  patientId = ((await created.json()) as { id: string }).id;
  await stop(second);
});

describe('corium backup and restore', () => {
  it(
    'backs up a running embedded Corium, encrypted, and restores it into a new data folder',
    async () => {
      const serving = await start(embedded(source));
      const file = path.join(work, 'clinic.corium');
      const env = { ...embedded(source), CORIUM_BACKUP_PASSPHRASE: PASSPHRASE };
      expect(await cli(['backup', file, '--encrypt'], env)).toMatch(/Backup written to .*\(encrypted/);
      await stop(serving);

      const target = await tempDataDir();
      const wrong = await runCli(['restore', file], {
        ...embedded(target),
        CORIUM_BACKUP_PASSPHRASE: 'not it at all',
      });
      expect(wrong.code).toBe(1);
      expect(wrong.output).toContain('Wrong passphrase for this backup');
      expect(existsSync(target)).toBe(false); // refused before the target was even created
      const restored = await cli(['restore', file], {
        ...embedded(target),
        CORIUM_BACKUP_PASSPHRASE: PASSPHRASE,
      });
      expect(restored).toMatch(/Restored the backup .*Audit log intact: \d+ events verified/s);

      const corium = await start(embedded(target));
      expect(await readPatient(corium, token, patientId)).toMatchObject(patientBody);
    },
    SLOW,
  );

  describe.skipIf(!serverUrl)('between embedded and external PostgreSQL', () => {
    const scratch = useScratchDatabase(serverUrl!, `corium_backup_${process.pid}`);

    it(
      'moves the clinic from embedded to external PostgreSQL and back, serving the patient each time',
      async () => {
        const toExternal = path.join(work, 'to-external.corium');
        await cli(['backup', toExternal], embedded(source));
        const external = { DATABASE_URL: scratch.url(), DATA_DIR: await tempDataDir() };
        expect(await cli(['restore', toExternal], external)).toContain(
          `into the PostgreSQL database ${scratch.name}`,
        );
        const onExternal = await start(external);
        expect(await readPatient(onExternal, token, patientId)).toMatchObject(patientBody);
        await stop(onExternal);

        const back = path.join(work, 'back.corium');
        await cli(['backup', back], external);
        const target = await tempDataDir();
        await cli(['restore', back], embedded(target));
        const onEmbedded = await start(embedded(target));
        expect(await readPatient(onEmbedded, token, patientId)).toMatchObject(patientBody);
      },
      SLOW,
    );
  });
});
