import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';
import type { PhotoTable, PhotoViewColumn } from '../../platform/db/photos-schema';

export type PhotoRow = Selectable<PhotoTable>;

export interface PhotoFilter {
  view?: PhotoViewColumn | undefined;
  zone?: string | undefined;
  sessionId?: string | undefined;
}

export const insertPhoto = (db: Executor, row: Insertable<PhotoTable>) =>
  db.insertInto('photo').values(row).execute();

/** A patient's photos still in the record, newest first. */
export const listPhotos = (db: Executor, clinicId: string, patientId: string, filter: PhotoFilter) => {
  let query = db
    .selectFrom('photo')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .where('removed_at', 'is', null);
  if (filter.view) query = query.where('view', '=', filter.view);
  if (filter.zone) query = query.where('zone', '=', filter.zone);
  if (filter.sessionId) query = query.where('session_id', '=', filter.sessionId);
  return query.orderBy('taken_at', 'desc').orderBy('id', 'desc').execute();
};

/** The earliest photo of a view (and zone): the baseline every later one is compared with. */
export const baselinePhoto = (
  db: Executor,
  clinicId: string,
  patientId: string,
  view: PhotoViewColumn,
  zone: string | null,
) =>
  db
    .selectFrom('photo')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .where('view', '=', view)
    .where('zone', zone === null ? 'is' : '=', zone)
    .where('removed_at', 'is', null)
    .orderBy('taken_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();

export const findPhoto = (db: Executor, clinicId: string, patientId: string, photoId: string) =>
  db
    .selectFrom('photo')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .where('id', '=', photoId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();

/** Marks a photo removed, once; returns its file keys, or nothing if absent or already removed. */
export const markRemoved = (
  trx: Trx,
  photo: { clinicId: string; patientId: string; photoId: string },
  removal: { by: string; at: Date; reason: string },
) =>
  trx
    .updateTable('photo')
    .set({ removed_at: removal.at, removed_by: removal.by, removed_reason: removal.reason })
    .where('clinic_id', '=', photo.clinicId)
    .where('patient_id', '=', photo.patientId)
    .where('id', '=', photo.photoId)
    .where('removed_at', 'is', null)
    .returning(['image_key', 'thumbnail_key', 'view', 'zone'])
    .executeTakeFirst();

/** Whether any photo of the patient was taken on `day` (YYYY-MM-DD) in the clinic's time zone. */
export const anyTakenOn = async (db: Executor, clinicId: string, patientId: string, day: string) =>
  (await db
    .selectFrom('photo')
    .innerJoin('clinic', 'clinic.id', 'photo.clinic_id')
    .select('photo.id')
    .where('photo.clinic_id', '=', clinicId)
    .where('photo.patient_id', '=', patientId)
    .where('photo.removed_at', 'is', null)
    .where(sql<string>`(photo.taken_at AT TIME ZONE clinic.time_zone)::date`, '=', sql<string>`${day}::date`)
    .limit(1)
    .executeTakeFirst()) !== undefined;

/**
 * The session and the visit named at upload belong to this patient. Read-only checks of the
 * treatment room's and booking's tables: the foreign keys prove they exist in the clinic, this
 * proves whose they are (the charting module has no service for it yet).
 */
export const sessionOfPatient = (db: Executor, clinicId: string, patientId: string, sessionId: string) =>
  db
    .selectFrom('treatment_session')
    .select(['id', 'appointment_id'])
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .where('id', '=', sessionId)
    .executeTakeFirst();

export const appointmentOfPatient = (
  db: Executor,
  clinicId: string,
  patientId: string,
  appointmentId: string,
) =>
  db
    .selectFrom('appointment')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .where('id', '=', appointmentId)
    .executeTakeFirst();

/** Every photo still in a record, across clinics, with its blob keys: what the reconcile job keeps. */
export const rowsInUse = (db: Executor) =>
  db
    .selectFrom('photo')
    .select(['id', 'clinic_id', 'image_key', 'thumbnail_key'])
    .where('removed_at', 'is', null)
    .execute();

/** Orders the queueing of the reconcile job, so concurrent uploads queue it once. */
export const lockReconcileQueue = (db: Executor) =>
  sql`SELECT pg_advisory_xact_lock(hashtextextended('corium.photo-reconcile', 7042025))`.execute(db);

/** A queued job of this name other than `exceptId` (the one running now). */
export const pendingJob = (db: Executor, job: string, exceptId: string | null) => {
  let query = db.selectFrom('outbox').select('id').where('job', '=', job).where('status', '=', 'pending');
  if (exceptId) query = query.where('id', '<>', exceptId);
  return query.limit(1).executeTakeFirst();
};
