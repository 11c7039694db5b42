import { mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Photo } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { blobDir } from '../../platform/backup/blobs';
import { consentWorld } from '../consent/consent-test-kit';
import { photoBlobs } from './photo-blobs';
import { photoReconcileJob } from './photo-reconcile.jobs';
import { reconcilePhotoFiles } from './photo-reconcile';
import * as kit from './photo-test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const pendingReconciles = () =>
  t.deps.db
    .selectFrom('outbox')
    .select(['id', 'run_at'])
    .where('job', '=', photoReconcileJob.name)
    .where('status', '=', 'pending')
    .execute();

describe('reconciling photo files with their rows', () => {
  it('queues one reconcile with the first upload, deletes files a crash left, and reports missing ones', async () => {
    const w = await consentWorld(t);
    const url = `/api/patients/${w.patientId}/photos?view=front`;
    const send = async () =>
      (
        await t.app.inject({
          method: 'POST',
          url,
          headers: { ...w.practitioner.headers, 'content-type': 'image/png' },
          payload: await kit.makePng(),
        })
      ).json<{ photo: Photo }>().photo;
    const kept = await send();
    const lost = await send();
    expect(await pendingReconciles()).toHaveLength(1);

    const blobs = photoBlobs(t.deps.config);
    // A crash between writing the files and the row: files no row points at.
    const orphan = await blobs.put(await kit.makeJpeg());
    // A crash in the middle of a write: a temporary file never renamed into place.
    const incoming = `${blobDir(t.deps.config.dataDir)}.incoming`;
    await mkdir(incoming, { recursive: true });
    await writeFile(path.join(incoming, 'cut-off.part'), 'half a photo');
    // Files of the photo "lost" deleted by hand (a restore without them).
    const lostRow = await t.deps.db
      .selectFrom('photo')
      .selectAll()
      .where('id', '=', lost.id)
      .executeTakeFirstOrThrow();
    await blobs.remove(lostRow.image_key);

    expect((await reconcilePhotoFiles(t.deps)).orphansRemoved).toBe(0); // all younger than an hour
    const hourAgo = new Date(Date.now() - 2 * 3_600_000);
    await utimes(path.join(incoming, 'cut-off.part'), hourAgo, hourAgo);
    t.clock.advance(2 * 3_600_000);
    const report = await reconcilePhotoFiles(t.deps);
    t.clock.advance(-2 * 3_600_000);

    expect(report.orphansRemoved).toBeGreaterThanOrEqual(1);
    expect(report.unfinishedRemoved).toBe(1);
    expect(report.photosWithoutFiles).toContainEqual({ id: lost.id, clinicId: w.clinic.id });
    expect(await blobs.read(orphan)).toBeNull();
    const keptRow = await t.deps.db
      .selectFrom('photo')
      .selectAll()
      .where('id', '=', kept.id)
      .executeTakeFirstOrThrow();
    expect(await blobs.read(keptRow.image_key)).not.toBeNull();
    expect(await blobs.read(keptRow.thumbnail_key)).not.toBeNull();
  });
});
