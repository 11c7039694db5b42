import type { RemovePhotoRequest } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import { AppError } from '../../platform/errors/app-error';
import { lockUnmergedPatient } from '../patients/merge.service';
import { photoBlobs } from './photo-blobs';
import { queueReconcile } from './photo-reconcile.jobs';
import * as repo from './photos.repo';

/**
 * Takes a photo out of the record: the row is marked removed (who, when, why) with its audit
 * event in one transaction, then its files are deleted. A reconcile is queued first, so files a
 * crash leaves behind — no longer pointed at by a photo in use — are deleted within the hour.
 */
export async function removePhoto(
  deps: Deps,
  principal: Principal,
  photo: { patientId: string; photoId: string },
  request: RemovePhotoRequest,
  meta: RequestMeta,
): Promise<void> {
  await queueReconcile(deps);
  const now = deps.clock.now();
  const keys = await deps.db.transaction().execute(async (trx) => {
    await lockUnmergedPatient(trx, principal.clinicId, photo.patientId);
    const removed = await repo.markRemoved(
      trx,
      { clinicId: principal.clinicId, ...photo },
      { by: principal.userId, at: now, reason: request.reason },
    );
    if (!removed) throw new AppError('NOT_FOUND', 'No such photo in this record (it may be removed already)');
    await recordAudit(
      trx,
      actorOf(principal, meta),
      {
        action: 'delete',
        resourceType: 'photo',
        resourceId: photo.photoId,
        patientIds: [photo.patientId],
        details: { view: removed.view, zone: removed.zone, reason: request.reason },
      },
      now,
    );
    return [removed.image_key, removed.thumbnail_key];
  });
  const blobs = photoBlobs(deps.config);
  await Promise.all(keys.map((key) => blobs.remove(key)));
}
