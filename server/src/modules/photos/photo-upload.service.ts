import type { Photo, PhotoSource, PhotoUploadQuery } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Executor } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { grantedPhotoScopes } from '../consent/photo-scopes.service';
import { lockUnmergedPatient } from '../patients/merge.service';
import { ownPatientId } from '../patients/patients.service';
import { photoBlobs } from './photo-blobs';
import { cleanPhoto, type CleanPhoto } from './photo-pipeline';
import { queueReconcile } from './photo-reconcile.jobs';
import { toPhoto } from './photos.mapper';
import * as repo from './photos.repo';

interface Upload {
  patientId: string;
  query: PhotoUploadQuery;
  bytes: Buffer;
  source: PhotoSource;
}

/** A photo taken in the clinic, for a patient's record. */
export function uploadPhoto(
  deps: Deps,
  principal: Principal,
  patientId: string,
  query: PhotoUploadQuery,
  bytes: Buffer,
  meta: RequestMeta,
): Promise<Photo> {
  return store(deps, principal, { patientId, query, bytes, source: 'clinic' }, meta);
}

/** A photo the patient took at home, for their own record; it belongs to no visit. */
export async function uploadOwnPhoto(
  deps: Deps,
  principal: Principal,
  query: PhotoUploadQuery,
  bytes: Buffer,
  meta: RequestMeta,
): Promise<Photo> {
  if (query.sessionId || query.appointmentId)
    throw new AppError('VALIDATION_FAILED', 'A photo taken at home belongs to no visit', [
      { path: query.sessionId ? 'sessionId' : 'appointmentId', message: 'Leave this out' },
    ]);
  const patientId = await ownPatientId(deps, principal);
  return store(deps, principal, { patientId, query, bytes, source: 'patient' }, meta);
}

/**
 * Checks first (nothing written), then the files, then the row and its audit in one
 * transaction. A crash after the files leaves files without a row, which the reconcile job
 * (queued before the files are written) deletes; a failed transaction deletes them at once.
 */
async function store(deps: Deps, principal: Principal, upload: Upload, meta: RequestMeta): Promise<Photo> {
  const now = deps.clock.now();
  const takenAt = upload.query.takenAt ? new Date(upload.query.takenAt) : now;
  if (takenAt > now)
    throw new AppError('VALIDATION_FAILED', 'A photo cannot be taken in the future', [
      { path: 'takenAt', message: 'Give the moment the photo was taken' },
    ]);
  const appointmentId = await visitOf(deps.db, principal.clinicId, upload);
  const clean = await deps.photoDecodes.run(() => cleanPhoto(upload.bytes));
  await queueReconcile(deps);
  const blobs = photoBlobs(deps.config);
  const keys = { image_key: await blobs.put(clean.image), thumbnail_key: await blobs.put(clean.thumbnail) };
  try {
    return await deps.db.transaction().execute(async (trx) => {
      await lockUnmergedPatient(trx, principal.clinicId, upload.patientId);
      const row = photoRow(principal, upload, { appointmentId, takenAt, now, clean, keys });
      await repo.insertPhoto(trx, row);
      await recordAudit(trx, actorOf(principal, meta), createdEvent(row), now);
      const scopes = await grantedPhotoScopes(trx, principal.clinicId, upload.patientId);
      return toPhoto(
        { ...row, removed_at: null, removed_by: null, removed_reason: null },
        scopes,
        base(upload),
      );
    });
  } catch (error) {
    await Promise.all([blobs.remove(keys.image_key), blobs.remove(keys.thumbnail_key)]);
    throw error;
  }
}

const base = (upload: Upload) => (upload.source === 'patient' ? 'portal' : 'staff');

interface Stored {
  appointmentId: string | null;
  takenAt: Date;
  now: Date;
  clean: CleanPhoto;
  keys: { image_key: string; thumbnail_key: string };
}

function photoRow(principal: Principal, upload: Upload, s: Stored): repo.PhotoRow {
  return {
    id: newId(),
    clinic_id: principal.clinicId,
    patient_id: upload.patientId,
    session_id: upload.query.sessionId ?? null,
    appointment_id: s.appointmentId,
    view: upload.query.view,
    zone: upload.query.zone ?? null,
    taken_at: s.takenAt,
    source: upload.source,
    ...s.keys,
    sha256: s.clean.sha256,
    byte_size: s.clean.image.length,
    width: s.clean.width,
    height: s.clean.height,
    uploaded_by: principal.userId,
    uploaded_at: s.now,
    removed_at: null,
    removed_by: null,
    removed_reason: null,
  };
}

const createdEvent = (row: repo.PhotoRow) => ({
  action: 'create' as const,
  resourceType: 'photo',
  resourceId: row.id,
  patientIds: [row.patient_id],
  details: { view: row.view, zone: row.zone, source: row.source, sessionId: row.session_id },
});

/** The visit the photo was taken at: the session's own, or the one named; both must be this patient's. */
async function visitOf(db: Executor, clinicId: string, upload: Upload): Promise<string | null> {
  const { sessionId, appointmentId } = upload.query;
  if (sessionId) {
    const session = await repo.sessionOfPatient(db, clinicId, upload.patientId, sessionId);
    if (!session || (appointmentId && appointmentId !== session.appointment_id))
      throw new AppError('NOT_FOUND', 'No such treatment session for this patient');
    return session.appointment_id;
  }
  if (appointmentId && !(await repo.appointmentOfPatient(db, clinicId, upload.patientId, appointmentId)))
    throw new AppError('NOT_FOUND', 'No such visit for this patient');
  return appointmentId ?? null;
}
