import { sql } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';

/**
 * The clinic-wide side of follow-ups: the courses that can have one (a signed session, not
 * stopped, the patient still on file and not restricted by erasure), and the reminders claimed.
 */

const fullName = sql<string>`p.given_name || ' ' || p.family_name`;

export const followUpCourses = (db: Executor, clinicId: string) =>
  db
    .selectFrom('treatment_series as ts')
    .innerJoin('patient as p', (j) =>
      j.onRef('p.id', '=', 'ts.patient_id').onRef('p.clinic_id', '=', 'ts.clinic_id'),
    )
    .innerJoin('clinic as c', 'c.id', 'ts.clinic_id')
    .select([
      'ts.id',
      'ts.patient_id',
      'ts.concerns',
      'ts.status',
      'ts.sessions',
      fullName.as('patient_name'),
      sql<string>`((ts.created_at AT TIME ZONE c.time_zone)::date)::text`.as('created_on'),
    ])
    .where('ts.clinic_id', '=', clinicId)
    .where('ts.status', '<>', 'stopped')
    .where('p.merged_into', 'is', null)
    .where('p.restricted_at', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('treatment_session as s')
          .select('s.id')
          .whereRef('s.series_id', '=', 'ts.id')
          .whereRef('s.clinic_id', '=', 'ts.clinic_id')
          .where('s.signed_at', 'is not', null),
      ),
    )
    .execute();

export const remindersOfClinic = (db: Executor, clinicId: string) =>
  db
    .selectFrom('outcome_follow_up_reminder')
    .select(['series_id', 'timepoint', 'sent_at'])
    .where('clinic_id', '=', clinicId)
    .execute();

/** Clinics with a course that has a signed session: the ones the daily scan looks at. */
export const clinicsWithCourses = (db: Executor) =>
  db
    .selectFrom('treatment_session')
    .select('clinic_id')
    .distinct()
    .where('series_id', 'is not', null)
    .where('signed_at', 'is not', null)
    .execute();

/** Claims the reminder of a course's point; false when it was already claimed. */
export const claimReminder = async (
  trx: Trx,
  row: {
    id: string;
    clinicId: string;
    seriesId: string;
    timepoint: 'month_3' | 'month_6';
    dueOn: string;
    now: Date;
  },
) =>
  (await trx
    .insertInto('outcome_follow_up_reminder')
    .values({
      id: row.id,
      clinic_id: row.clinicId,
      series_id: row.seriesId,
      timepoint: row.timepoint,
      due_on: row.dueOn,
      queued_at: row.now,
    })
    .onConflict((oc) => oc.columns(['clinic_id', 'series_id', 'timepoint']).doNothing())
    .returning('id')
    .executeTakeFirst()) !== undefined;

/** The reminder with its course and patient as they are now (after any merge), for the e-mail. */
export const reminderRecipient = (db: Executor, clinicId: string, reminderId: string) =>
  db
    .selectFrom('outcome_follow_up_reminder as r')
    .innerJoin('treatment_series as ts', (j) =>
      j.onRef('ts.id', '=', 'r.series_id').onRef('ts.clinic_id', '=', 'r.clinic_id'),
    )
    .innerJoin('patient as p', (j) =>
      j.onRef('p.id', '=', 'ts.patient_id').onRef('p.clinic_id', '=', 'ts.clinic_id'),
    )
    .innerJoin('clinic as c', 'c.id', 'r.clinic_id')
    .select([
      'r.id',
      'r.series_id',
      'r.timepoint',
      'r.due_on',
      'r.sent_at',
      'ts.status',
      'ts.patient_id',
      'p.email',
      'p.given_name',
      'p.merged_into',
      'p.restricted_at',
      'c.name as clinic_name',
    ])
    .where('r.clinic_id', '=', clinicId)
    .where('r.id', '=', reminderId)
    .executeTakeFirst();

export const markReminderSent = (trx: Trx, clinicId: string, reminderId: string, at: Date) =>
  trx
    .updateTable('outcome_follow_up_reminder')
    .set({ sent_at: at })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', reminderId)
    .execute();

/** Whether a clinician already rated this course at this point (then no reminder is needed). */
export const followUpRated = async (db: Executor, clinicId: string, seriesId: string, timepoint: string) =>
  (await db
    .selectFrom('outcome_score')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('series_id', '=', seriesId)
    .where('timepoint', '=', timepoint as 'month_3')
    .where('rater', '=', 'clinician')
    .where('entered_in_error_at', 'is', null)
    .limit(1)
    .executeTakeFirst()) !== undefined;

export const lockScanQueue = (db: Executor) =>
  sql`SELECT pg_advisory_xact_lock(hashtextextended('corium.outcome-follow-up-scan', 7042025))`.execute(db);

export const pendingJob = (db: Executor, job: string, exceptId: string | null) => {
  let query = db.selectFrom('outbox').select('id').where('job', '=', job).where('status', '=', 'pending');
  if (exceptId) query = query.where('id', '<>', exceptId);
  return query.limit(1).executeTakeFirst();
};
