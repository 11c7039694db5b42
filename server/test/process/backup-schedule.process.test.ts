import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import {
  runCli,
  startCorium,
  stopCorium,
  tempDataDir,
  waitHealthy,
  type CoriumProcess,
} from './corium-process';
import { useScratchDatabase } from './scratch-database';

/**
 * Scheduled backups as a clinic gets them: the server's own worker writes them, a restart does
 * not repeat a slot, the file restores, and two servers on one external PostgreSQL back a slot
 * up once between them (TEST_DATABASE_URL, as in CI).
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const PASSPHRASE = 'scheduled backup passphrase';
const SLOW = 240_000;

const running: CoriumProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((c) => stopCorium(c)));
});

async function start(env: Record<string, string>): Promise<CoriumProcess> {
  const corium = await startCorium(env);
  running.push(corium);
  await waitHealthy(corium);
  return corium;
}

const backupsIn = async (dir: string) =>
  (await readdir(dir).catch(() => [])).filter((f) => f.endsWith('.corium-backup'));

async function waitForBackups(dirs: string[], count: number): Promise<string[]> {
  for (let i = 0; i < 600; i++) {
    const files = (await Promise.all(dirs.map(backupsIn))).flat();
    if (files.length >= count) return files;
    await sleep(100);
  }
  throw new Error(`fewer than ${count} backups appeared in ${dirs.join(', ')}`);
}

/** A daily slot an hour ago: due now, and the next one is 23 hours away. */
function slotAnHourAgo(): string {
  const at = new Date(Date.now() - 3_600_000);
  const hhmm = at.toISOString().slice(11, 16);
  return `daily ${hhmm}`;
}

describe('scheduled backups', () => {
  it(
    'writes the due backup once across restarts, sealed with BACKUP_PASSPHRASE, and it restores',
    async () => {
      const dataDir = await tempDataDir();
      const env = { DATA_DIR: dataDir, BACKUP_SCHEDULE: slotAnHourAgo(), BACKUP_PASSPHRASE: PASSPHRASE };
      const first = await start(env);
      const [file] = await waitForBackups([path.join(dataDir, 'backups')], 1);
      await stopCorium(first);

      await start(env);
      await sleep(3000); // the worker has polled several times: a repeat would have started
      expect(await backupsIn(path.join(dataDir, 'backups'))).toEqual([file]);

      // Byte 9 of the header says sealed (1) or plain (0): see sealed-stream.ts.
      const header = await readFile(path.join(dataDir, 'backups', file!));
      expect(header.subarray(0, 10)).toEqual(Buffer.from('CORIUMBK\x01\x01', 'latin1'));
      const restored = await runCli(['restore', path.join(dataDir, 'backups', file!)], {
        DATA_DIR: await tempDataDir(),
        DATABASE_URL: '',
        CORIUM_BACKUP_PASSPHRASE: PASSPHRASE,
      });
      expect(restored.output).toContain('Restored the backup');
      expect(restored.code).toBe(0);
    },
    SLOW,
  );

  describe.skipIf(!serverUrl)('two servers on one external PostgreSQL', () => {
    const scratch = useScratchDatabase(serverUrl!, `corium_schedule_${process.pid}`);

    it(
      'back each slot up once between them',
      async () => {
        const schedule = slotAnHourAgo();
        const dirs = [await tempDataDir(), await tempDataDir()];
        const env = (dataDir: string) => ({
          DATA_DIR: dataDir,
          DATABASE_URL: scratch.url(),
          BACKUP_SCHEDULE: schedule,
          WORKER_POLL_MS: '100',
        });
        await Promise.all(dirs.map((dir) => start(env(dir))));
        await waitForBackups(
          dirs.map((d) => path.join(d, 'backups')),
          1,
        );
        await sleep(3000);
        const client = new pg.Client({ connectionString: scratch.url() });
        await client.connect();
        const runs = await client.query<{ slot: Date; status: string }>(
          'SELECT slot, status FROM backup_run',
        );
        const pending = await client.query(
          "SELECT 1 FROM outbox WHERE job = 'operations.scheduled-backup' AND status = 'pending'",
        );
        await client.end();
        expect(runs.rows.map((r) => r.status)).toEqual(['succeeded']);
        expect(pending.rowCount).toBe(1);
        expect((await Promise.all(dirs.map((d) => backupsIn(path.join(d, 'backups'))))).flat()).toHaveLength(
          1,
        );
      },
      SLOW,
    );
  });
});
