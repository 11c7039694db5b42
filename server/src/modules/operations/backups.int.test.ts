import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BackupOverview, BackupRun } from '@corium/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestClinic } from '../../../test/factories/clinic.factory';
import { signIn, type Browser } from '../../../test/factories/sign-in';
import { drainOutbox, useBackups } from './operations-test-kit';

let t: TestApp;
let admin: Browser;
let adminEmail: string;
beforeEach(async () => {
  t = await buildTestApp();
  const clinic = await createTestClinic(t.deps);
  adminEmail = (await clinic.addUser('admin')).email;
  admin = await signIn(t, adminEmail);
});
afterEach(() => t.close());

const backUpNow = async (): Promise<BackupRun> => {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/operations/backups',
    headers: admin.headers,
  });
  expect(response.statusCode).toBe(202);
  return response.json<BackupRun>();
};
const overview = async (): Promise<BackupOverview> =>
  (await t.app.inject({ method: 'GET', url: '/api/operations/backups', headers: admin.headers })).json();

describe('Back up now', () => {
  it('queues one backup, which the worker writes into BACKUP_DIR readable by its owner only', async () => {
    const dir = await useBackups(t, { keep: 3 });
    const first = await backUpNow();
    expect(first).toMatchObject({ trigger: 'manual', status: 'queued', file: null });
    expect((await backUpNow()).id).toBe(first.id); // a second click while queued is the same backup

    await drainOutbox(t);
    const seen = await overview();
    expect(seen.lastSuccess).toMatchObject({ id: first.id, status: 'succeeded', error: null });
    expect(seen.lastSuccess!.sizeBytes).toBeGreaterThan(1000);
    expect(seen.lastSuccess!.durationMs).toBeGreaterThanOrEqual(0);
    expect(seen).toMatchObject({ directory: dir, keep: 3, encrypted: false, lastFailure: null });
    expect(seen.schedule).toEqual({ enabled: false, description: 'Off', nextRunAt: null });
    const file = seen.lastSuccess!.file!;
    expect(path.dirname(file)).toBe(dir);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
  });

  it('keeps only the newest BACKUP_KEEP of its own files', async () => {
    const dir = await useBackups(t, { keep: 2 });
    await mkdir(dir);
    await writeFile(path.join(dir, 'before-upgrade.corium-backup'), "an operator's own copy");
    for (let i = 0; i < 3; i++) {
      await backUpNow();
      await drainOutbox(t);
      t.clock.advance(1000); // file names carry the second
    }
    const files = (await readdir(dir)).filter((f) => f.startsWith('corium-')).sort();
    expect(files).toHaveLength(2);
    expect(await readdir(dir)).toContain('before-upgrade.corium-backup');
    const runs = (await overview()).runs;
    expect(runs.map((r) => r.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    expect(files.map((f) => path.join(dir, f))).toEqual([runs[1]!.file, runs[0]!.file]);
  });

  it('records a failure with its message and e-mails the clinic admins', async () => {
    const blocked = path.join(await useBackups(t), '..', 'not-a-folder');
    await writeFile(blocked, 'a file where the backup folder should be');
    await useBackups(t, { dir: path.join(blocked, 'backups') });

    const run = await backUpNow();
    await drainOutbox(t); // the backup fails, then its alert is sent
    const seen = await overview();
    expect(seen.lastSuccess).toBeNull();
    expect(seen.lastFailure).toMatchObject({ id: run.id, status: 'failed', file: null });
    expect(seen.lastFailure!.error).toMatch(/ENOTDIR|not a directory/);

    const mailDir = t.deps.mail.outboxDir!;
    const mails = await Promise.all(
      (await readdir(mailDir)).map((f) => readFile(path.join(mailDir, f), 'utf8')),
    );
    const alert = mails.find((m) => m.includes('Subject: Corium: a backup failed'));
    expect(alert).toContain(`To: ${adminEmail}`);
    expect(alert).toMatch(/ENOTDIR|not a directory/);
  });

  it('is for admins only', async () => {
    const clinic = await createTestClinic(t.deps);
    const director = await signIn(t, (await clinic.addUser('medical_director')).email);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/operations/backups',
      headers: director.headers,
    });
    expect(response.statusCode).toBe(403);
  });
});
