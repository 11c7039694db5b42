import type { Executor } from '../../platform/db/database';

/** SQL for check-ins, their e-mailed links (hashed tokens) and answers; every query filters by clinic. */

const withPlan = (db: Executor) =>
  db
    .selectFrom('aftercare_check_in as ci')
    .innerJoin('aftercare_plan as pl', (j) =>
      j.onRef('pl.id', '=', 'ci.plan_id').onRef('pl.clinic_id', '=', 'ci.clinic_id'),
    )
    .innerJoin('patient as p', (j) =>
      j.onRef('p.id', '=', 'ci.patient_id').onRef('p.clinic_id', '=', 'ci.clinic_id'),
    )
    .innerJoin('clinic as c', 'c.id', 'ci.clinic_id')
    .select([
      'ci.id',
      'ci.clinic_id',
      'ci.plan_id',
      'ci.patient_id',
      'ci.day',
      'ci.due_date',
      'ci.opens_at',
      'ci.remind_at',
      'ci.closes_at',
      'ci.status',
      'ci.reminder_sent_at',
      'pl.status as plan_status',
      'pl.session_id',
      'pl.practitioner_id',
      'pl.facts',
      'pl.language',
      'pl.time_zone',
      'p.given_name',
      'p.email',
      'p.merged_into',
      'p.restricted_at',
      'p.user_id as patient_user_id',
      'c.name as clinic_name',
    ]);

export type CheckInContext = NonNullable<Awaited<ReturnType<typeof findCheckIn>>>;

export const findCheckIn = (db: Executor, clinicId: string, checkInId: string) =>
  withPlan(db).where('ci.clinic_id', '=', clinicId).where('ci.id', '=', checkInId).executeTakeFirst();

/** The check-in an unexpired, unused link opens (any clinic: the token is the credential). */
export const findCheckInByToken = (db: Executor, tokenHash: Buffer, now: Date) =>
  withPlan(db)
    .innerJoin('aftercare_check_in_link as l', (j) =>
      j.onRef('l.check_in_id', '=', 'ci.id').onRef('l.clinic_id', '=', 'ci.clinic_id'),
    )
    .where('l.token_hash', '=', tokenHash)
    .where('l.expires_at', '>', now)
    .where('l.used_at', 'is', null)
    .executeTakeFirst();

/** Locks the check-in row: two answers at once leave one. */
export const lockCheckIn = (db: Executor, clinicId: string, checkInId: string) =>
  db
    .selectFrom('aftercare_check_in')
    .select(['id', 'status'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', checkInId)
    .forUpdate()
    .executeTakeFirst();

export const insertLink = (
  db: Executor,
  row: { token_hash: Buffer; clinic_id: string; check_in_id: string; created_at: Date; expires_at: Date },
) => db.insertInto('aftercare_check_in_link').values(row).execute();

export const useLink = (db: Executor, tokenHash: Buffer, now: Date) =>
  db
    .updateTable('aftercare_check_in_link')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();

export const markReminded = (db: Executor, clinicId: string, checkInId: string, at: Date) =>
  db
    .updateTable('aftercare_check_in')
    .set({ reminder_sent_at: at })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', checkInId)
    .execute();

export const saveAnswers = (
  db: Executor,
  clinicId: string,
  checkInId: string,
  answer: { at: Date; via: 'portal' | 'link'; answers: string; triage: string; level: string },
) =>
  db
    .updateTable('aftercare_check_in')
    .set({
      status: 'submitted',
      submitted_at: answer.at,
      via: answer.via,
      answers: answer.answers,
      triage: answer.triage,
      level: answer.level as 'expected',
    })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', checkInId)
    .where('status', '=', 'open')
    .executeTakeFirst();

/** Check-ins closed unanswered since `since`: the clinic's list of missed check-ins, oldest first. */
export const missedCheckIns = (db: Executor, clinicId: string, now: Date, since: Date) =>
  db
    .selectFrom('aftercare_check_in as ci')
    .innerJoin('aftercare_plan as pl', (j) =>
      j.onRef('pl.id', '=', 'ci.plan_id').onRef('pl.clinic_id', '=', 'ci.clinic_id'),
    )
    .innerJoin('patient as p', (j) =>
      j.onRef('p.id', '=', 'ci.patient_id').onRef('p.clinic_id', '=', 'ci.clinic_id'),
    )
    .select([
      'ci.id',
      'ci.plan_id',
      'ci.patient_id',
      'ci.day',
      'ci.due_date',
      'ci.closes_at',
      'ci.reminder_sent_at',
      'p.given_name',
      'p.family_name',
    ])
    .where('ci.clinic_id', '=', clinicId)
    .where('ci.status', '=', 'open')
    .where('ci.closes_at', '<=', now)
    .where('ci.closes_at', '>', since)
    .where('pl.status', '=', 'active')
    .where('p.merged_into', 'is', null)
    .where('p.restricted_at', 'is', null)
    .orderBy('ci.closes_at')
    .limit(200)
    .execute();
