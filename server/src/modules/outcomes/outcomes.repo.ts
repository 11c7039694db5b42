import { sql, type Insertable } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type { OutcomeScoreTable } from '../../platform/db/outcomes-schema';

export const insertScore = (db: Executor, row: Insertable<OutcomeScoreTable>) =>
  db.insertInto('outcome_score').values(row).execute();

/** A patient's scores, oldest first, with the names of who rated and who marked an error. */
export const listScores = (db: Executor, clinicId: string, patientId: string, scoreId?: string) => {
  let query = db
    .selectFrom('outcome_score as s')
    .leftJoin('app_user as rater', (j) =>
      j.onRef('rater.id', '=', 's.rated_by').onRef('rater.clinic_id', '=', 's.clinic_id'),
    )
    .leftJoin('app_user as marker', (j) =>
      j.onRef('marker.id', '=', 's.entered_in_error_by').onRef('marker.clinic_id', '=', 's.clinic_id'),
    )
    .selectAll('s')
    .select(['rater.display_name as rated_by_name', 'marker.display_name as error_by_name'])
    .where('s.clinic_id', '=', clinicId)
    .where('s.patient_id', '=', patientId);
  if (scoreId) query = query.where('s.id', '=', scoreId);
  return query.orderBy('s.rated_on').orderBy('s.recorded_at').orderBy('s.id').execute();
};
export type ScoreRow = Awaited<ReturnType<typeof listScores>>[number];

/** Marks a score entered in error, once: a second marking changes nothing (0 rows). */
export const markEnteredInError = async (
  db: Executor,
  ids: { clinicId: string; patientId: string; scoreId: string },
  by: { at: Date; userId: string; reason: string },
) =>
  Number(
    (
      await db
        .updateTable('outcome_score')
        .set({
          entered_in_error_at: by.at,
          entered_in_error_by: by.userId,
          entered_in_error_reason: by.reason,
        })
        .where('clinic_id', '=', ids.clinicId)
        .where('patient_id', '=', ids.patientId)
        .where('id', '=', ids.scoreId)
        .where('entered_in_error_at', 'is', null)
        .executeTakeFirst()
    ).numUpdatedRows,
  );

/** The patient's photos still in the record: what a score may be rated on and the chart pairs. */
export const patientPhotos = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('photo')
    .select(['id', 'view', 'zone', 'taken_at'])
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .where('removed_at', 'is', null)
    .execute();

/** The patient's courses, with the clinic's calendar day each was planned. */
export const seriesOfPatient = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('treatment_series as ts')
    .innerJoin('clinic as c', 'c.id', 'ts.clinic_id')
    .select([
      'ts.id',
      'ts.patient_id',
      'ts.concerns',
      'ts.status',
      'ts.sessions',
      sql<string>`((ts.created_at AT TIME ZONE c.time_zone)::date)::text`.as('created_on'),
    ])
    .where('ts.clinic_id', '=', clinicId)
    .where('ts.patient_id', '=', patientId)
    .orderBy('ts.created_at')
    .execute();
export type SeriesRow = Awaited<ReturnType<typeof seriesOfPatient>>[number];

/** Sessions of these courses: the day each started (clinic's zone) and whether it is signed. */
export const sessionsOfSeries = (db: Executor, clinicId: string, seriesIds: string[]) =>
  seriesIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('treatment_session as s')
        .innerJoin('clinic as c', 'c.id', 's.clinic_id')
        .select([
          's.id',
          's.series_id',
          's.patient_id',
          's.session_number',
          sql<string>`((s.started_at AT TIME ZONE c.time_zone)::date)::text`.as('day'),
          sql<boolean>`s.signed_at IS NOT NULL`.as('signed'),
        ])
        .where('s.clinic_id', '=', clinicId)
        .where('s.series_id', 'in', seriesIds)
        .execute();
export type SessionRow = Awaited<ReturnType<typeof sessionsOfSeries>>[number];

/** Where in a course each score of these courses was taken: what the schedule counts as done. */
export const scoresOfSeries = (db: Executor, clinicId: string, seriesIds: string[]) =>
  seriesIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('outcome_score')
        .select(['series_id', 'session_id', 'timepoint', 'rater'])
        .where('clinic_id', '=', clinicId)
        .where('series_id', 'in', seriesIds)
        .where('entered_in_error_at', 'is', null)
        .execute();

/** The clinic's calendar day now, in its own time zone. */
export const clinicToday = async (db: Executor, clinicId: string, now: Date) =>
  (
    await db
      .selectFrom('clinic')
      .select(sql<string>`((${now}::timestamptz AT TIME ZONE time_zone)::date)::text`.as('today'))
      .where('id', '=', clinicId)
      .executeTakeFirstOrThrow()
  ).today;

/** A treatment session of the patient, with its course (null for a single session). */
export const sessionOfPatient = (db: Executor, clinicId: string, patientId: string, sessionId: string) =>
  db
    .selectFrom('treatment_session')
    .select(['id', 'series_id'])
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .where('id', '=', sessionId)
    .executeTakeFirst();
