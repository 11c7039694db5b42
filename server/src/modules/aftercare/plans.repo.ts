import type { Insertable } from 'kysely';
import type { AftercareCheckInTable, AftercarePlanTable } from '../../platform/db/aftercare-schema';
import type { Executor } from '../../platform/db/database';

/** SQL for aftercare plans and their check-ins; every query filters by clinic. */

export const insertPlan = (db: Executor, row: Insertable<AftercarePlanTable>) =>
  db.insertInto('aftercare_plan').values(row).execute();

export const insertCheckIns = (db: Executor, rows: Insertable<AftercareCheckInTable>[]) =>
  rows.length === 0 ? Promise.resolve() : db.insertInto('aftercare_check_in').values(rows).execute();

export const findPlanOfSession = (db: Executor, clinicId: string, sessionId: string) =>
  db
    .selectFrom('aftercare_plan')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('session_id', '=', sessionId)
    .executeTakeFirst();

const planColumns = [
  'pl.id',
  'pl.clinic_id',
  'pl.patient_id',
  'pl.session_id',
  'pl.practitioner_id',
  'pl.treatment_date',
  'pl.time_zone',
  'pl.timeline_version',
  'pl.language',
  'pl.facts',
  'pl.plan',
  'pl.status',
  'pl.created_at',
  'pl.cancelled_at',
  'pl.cancel_reason',
  'cu.display_name as cancelled_by_name',
  'pl.cancelled_by',
] as const;

const plans = (db: Executor, clinicId: string) =>
  db
    .selectFrom('aftercare_plan as pl')
    .leftJoin('app_user as cu', 'cu.id', 'pl.cancelled_by')
    .select(planColumns)
    .where('pl.clinic_id', '=', clinicId);

export type PlanRow = Awaited<ReturnType<typeof findPlan>> & object;

export const findPlan = (db: Executor, clinicId: string, planId: string) =>
  plans(db, clinicId).where('pl.id', '=', planId).executeTakeFirst();

export const plansOfPatient = (db: Executor, clinicId: string, patientId: string) =>
  plans(db, clinicId)
    .where('pl.patient_id', '=', patientId)
    .orderBy('pl.treatment_date', 'desc')
    .orderBy('pl.created_at', 'desc')
    .execute();

export const checkInsOfPlans = (db: Executor, clinicId: string, planIds: string[]) =>
  planIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('aftercare_check_in')
        .selectAll()
        .where('clinic_id', '=', clinicId)
        .where('plan_id', 'in', planIds)
        .orderBy('day')
        .execute();

export type CheckInRow = Awaited<ReturnType<typeof checkInsOfPlans>>[number];

export const cancelPlan = (
  db: Executor,
  clinicId: string,
  planId: string,
  change: { at: Date; by: string; reason: string },
) =>
  db
    .updateTable('aftercare_plan')
    .set({
      status: 'cancelled',
      cancelled_at: change.at,
      cancelled_by: change.by,
      cancel_reason: change.reason,
    })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', planId)
    .where('status', '=', 'active')
    .executeTakeFirst();

/** Unanswered check-ins of a cancelled plan are cancelled with it. */
export const cancelOpenCheckIns = (db: Executor, clinicId: string, planId: string) =>
  db
    .updateTable('aftercare_check_in')
    .set({ status: 'cancelled' })
    .where('clinic_id', '=', clinicId)
    .where('plan_id', '=', planId)
    .where('status', '=', 'open')
    .execute();

/**
 * Whether messages of a plan may still go out: the plan is active and its patient still exists,
 * was neither merged into another record nor erased (restricted), and has an e-mail address.
 */
export const planRecipient = (db: Executor, clinicId: string, planId: string) =>
  db
    .selectFrom('aftercare_plan as pl')
    .innerJoin('patient as p', (j) =>
      j.onRef('p.id', '=', 'pl.patient_id').onRef('p.clinic_id', '=', 'pl.clinic_id'),
    )
    .innerJoin('clinic as c', 'c.id', 'pl.clinic_id')
    .select([
      'pl.id',
      'pl.patient_id',
      'pl.plan',
      'pl.facts',
      'pl.language',
      'pl.treatment_date',
      'pl.time_zone',
      'p.email',
      'p.given_name',
      'c.name as clinic_name',
    ])
    .where('pl.clinic_id', '=', clinicId)
    .where('pl.id', '=', planId)
    .where('pl.status', '=', 'active')
    .where('p.merged_into', 'is', null)
    .where('p.restricted_at', 'is', null)
    .where('p.email', 'is not', null)
    .executeTakeFirst();

/** The latest plan of a patient, for the portal's "current recovery". */
export const latestPlanOfPatient = (db: Executor, clinicId: string, patientId: string) =>
  plans(db, clinicId)
    .where('pl.patient_id', '=', patientId)
    .orderBy('pl.treatment_date', 'desc')
    .orderBy('pl.created_at', 'desc')
    .limit(1)
    .executeTakeFirst();

export const recordMessage = (
  db: Executor,
  row: {
    id: string;
    clinic_id: string;
    patient_id: string | null;
    plan_id: string | null;
    alert_id: string | null;
    kind: 'plan' | 'morning' | 'check_in' | 'check_in_reminder' | 'alert' | 'escalation';
    recipient: string;
    outbox_id: string;
    sent_at: Date;
  },
) => db.insertInto('aftercare_message').values(row).execute();
