import { sql } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';

/**
 * The rows an erasure counts and removes across modules' tables, in the caller's transaction
 * (as a merge moves every patient-owned row). Every statement filters by clinic and patient.
 */

/**
 * Jobs whose payload names this patient's record only to act for someone else: a cancelled
 * visit of theirs frees a time the waitlist offers to other patients.
 */
const JOBS_FOR_OTHERS = ['waitlist.offer-slot'];

/** Tables of records that belong to one patient, whose ids a queued job may carry. */
const OWNED = [
  'appointment',
  'waitlist_entry',
  'treatment_series',
  'signed_consent',
  'treatment_session',
  'patient_export',
  'fhir_export',
  'aftercare_plan',
  'aftercare_check_in',
] as const;

/**
 * Every id a queued job may carry to mean this patient: the patient and their records. Aftercare
 * alerts are left out on purpose: an alert about them goes to staff and must still arrive.
 */
export async function recordIds(db: Executor, clinicId: string, patientId: string): Promise<string[]> {
  const owned = (table: (typeof OWNED)[number]) =>
    db.selectFrom(table).select('id').where('clinic_id', '=', clinicId).where('patient_id', '=', patientId);
  const offers = db
    .selectFrom('waitlist_offer as o')
    .innerJoin('waitlist_entry as e', 'e.id', 'o.entry_id')
    .select('o.id')
    .where('e.clinic_id', '=', clinicId)
    .where('e.patient_id', '=', patientId);
  const rows = await OWNED.slice(1)
    .reduce((query, table) => query.union(owned(table)), owned(OWNED[0]))
    .union(offers)
    .execute();
  return [patientId, ...rows.map((r) => r.id)];
}

/** Pending outbox jobs whose payload holds any of the ids, at any depth. */
const pendingJobs = (db: Executor, clinicId: string, ids: string[]) =>
  db
    .selectFrom('outbox')
    .where('clinic_id', '=', clinicId)
    .where('status', '=', 'pending')
    .where('job', 'not in', JOBS_FOR_OTHERS)
    .where(
      sql<boolean>`EXISTS (SELECT 1 FROM jsonb_path_query(outbox.payload, 'strict $.**') AS v(value)
        WHERE jsonb_typeof(v.value) = 'string' AND v.value #>> '{}' = ANY(${ids}::text[]))`,
    );

export const countPendingJobs = async (db: Executor, clinicId: string, ids: string[]) =>
  Number(
    (
      await pendingJobs(db, clinicId, ids)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Cancels them: a job removed from the outbox never runs. Returns the jobs' names. */
export async function cancelPendingJobs(trx: Trx, clinicId: string, ids: string[]): Promise<string[]> {
  const cancelled = await pendingJobs(trx, clinicId, ids).select('id').execute();
  if (cancelled.length === 0) return [];
  const rows = await trx
    .deleteFrom('outbox')
    .where(
      'id',
      'in',
      cancelled.map((c) => c.id),
    )
    .where('status', '=', 'pending')
    .returning('job')
    .execute();
  return rows.map((r) => r.job);
}

export const portalAccountOf = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('patient')
    .select(['user_id', 'restricted_at'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', patientId)
    .executeTakeFirst();

/**
 * Closes the portal account for good: sessions, tokens, recovery codes and invitations go, the
 * sign-in details are overwritten, and the record no longer points at it. The row stays only as
 * the author of entries the patient made in their clinical record.
 */
export async function closePortalAccount(
  trx: Trx,
  clinicId: string,
  patientId: string,
  userId: string,
  now: Date,
) {
  for (const table of ['user_session', 'api_token', 'recovery_code', 'invitation'] as const)
    await trx.deleteFrom(table).where('clinic_id', '=', clinicId).where('user_id', '=', userId).execute();
  await trx
    .updateTable('app_user')
    .set({
      email: `erased-${userId}@erased.invalid`,
      display_name: 'Erased portal account',
      password_hash: null,
      totp_secret: null,
      disabled_at: now,
    })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', userId)
    .where('role', '=', 'patient')
    .execute();
  await trx
    .updateTable('patient')
    .set({ user_id: null })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', patientId)
    .execute();
}

type PatientTable = 'notification_preference' | 'notification_log' | 'waitlist_entry' | 'intake_draft';

export async function countOf(db: Executor, table: PatientTable, clinicId: string, patientId: string) {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export const deleteRows = (
  trx: Trx,
  table: 'notification_preference' | 'intake_draft',
  clinicId: string,
  patientId: string,
) => trx.deleteFrom(table).where('clinic_id', '=', clinicId).where('patient_id', '=', patientId).execute();

/** The addresses messages went to, and the provider's words about them; the date and kind stay. */
export const scrubMessageLog = (trx: Trx, clinicId: string, patientId: string) =>
  trx
    .updateTable('notification_log')
    .set({ recipient: '', detail: null })
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .execute();

/** The patient's waitlist entries, and every offer made to them. */
export async function deleteWaitlist(trx: Trx, clinicId: string, patientId: string): Promise<void> {
  const entries = trx
    .selectFrom('waitlist_entry')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId);
  await trx
    .deleteFrom('waitlist_offer')
    .where('clinic_id', '=', clinicId)
    .where('entry_id', 'in', entries)
    .execute();
  await trx
    .deleteFrom('waitlist_entry')
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .execute();
}

export const upcomingVisits = async (db: Executor, clinicId: string, patientId: string, now: Date) =>
  Number(
    (
      await db
        .selectFrom('appointment')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('clinic_id', '=', clinicId)
        .where('patient_id', '=', patientId)
        .where('status', '=', 'booked')
        .where('starts_at', '>', now)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const restrictPatient = (trx: Trx, clinicId: string, patientId: string, now: Date) =>
  trx
    .updateTable('patient')
    .set({ restricted_at: now })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', patientId)
    .execute();

export const isRestricted = async (db: Executor, clinicId: string, patientId: string): Promise<boolean> =>
  (
    await db
      .selectFrom('patient')
      .select('restricted_at')
      .where('clinic_id', '=', clinicId)
      .where('id', '=', patientId)
      .executeTakeFirst()
  )?.restricted_at != null;
