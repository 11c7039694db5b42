import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { allJobs } from '../../jobs';
import { createDrainer } from '../../platform/jobs/worker';

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(() => t.close());

describe('welcome e-mail after onboarding', () => {
  it('is written once as an .eml file named by its outbox id, even if the job runs twice', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: {
        clinicName: 'Harbour Clinic',
        timeZone: 'Australia/Sydney',
        admin: { displayName: 'Mia Chen', email: 'mia@harbour.au', password: 'harbour lights at night' },
      },
    });
    const drainer = createDrainer({
      db: t.deps.db,
      deps: t.deps,
      jobs: allJobs,
      log: t.deps.log,
      clock: t.clock,
      pollMs: 50,
    });
    expect(await drainer.drain()).toBe(1);
    const job = await t.deps.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    // Simulate a crash after sending but before the commit: the job runs again.
    await t.deps.db.updateTable('outbox').set({ status: 'pending' }).execute();
    await drainer.drain();
    const dir = t.deps.mail.outboxDir!;
    expect(await readdir(dir)).toEqual([`${job.id}.eml`]);
    const eml = await readFile(path.join(dir, `${job.id}.eml`), 'utf8');
    expect(eml).toContain('To: mia@harbour.au');
    expect(eml).toContain('Subject: Harbour Clinic is ready in Corium');
    expect(eml).toContain(`Message-ID: <${job.id}@corium>`);
  });
});
