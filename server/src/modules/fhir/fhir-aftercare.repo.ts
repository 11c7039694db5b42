import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database';
import {
  criteriaWhere,
  codeIs,
  codeIsConstant,
  dateIs,
  idIs,
  unrestricted,
  type Filters,
} from './search-filters.repo';
import type { SearchCriteria } from './search-params';
import type { Page, SearchPage } from './search-page';
import { pageOf } from './search-page.repo';

/** Read-only SQL over recovery plans and their check-ins (the aftercare module's tables). */

export interface AftercarePlanRow {
  id: string;
  patient_id: string;
  session_id: string;
  series_id: string | null;
  practitioner_id: string;
  treatment_date: string;
  timeline_version: string;
  plan: unknown;
  status: 'active' | 'cancelled';
  created_at: Date;
  cancel_reason: string | null;
  check_ins: { id: string; day: number; dueDate: string; status: 'open' | 'submitted' | 'cancelled' }[];
}

/** FHIR CarePlan status codes and a recovery plan's. */
const planStatuses: Record<string, string> = { active: 'active', revoked: 'cancelled' };

const planFilters: Filters = {
  _id: idIs('aftercare_plan.id'),
  patient: idIs('aftercare_plan.patient_id'),
  subject: idIs('aftercare_plan.patient_id'),
  status: codeIs('aftercare_plan.status', { map: (code) => planStatuses[code] ?? null }),
  category: codeIsConstant('aftercare'),
  _lastUpdated: dateIs('aftercare_plan.created_at', 'instant'),
};

function planQuery(db: Executor, clinicId: string, criteria: SearchCriteria, onlyPatient: string | null) {
  let query = db
    .selectFrom('aftercare_plan')
    .innerJoin('treatment_session as s', (join) =>
      join
        .onRef('s.id', '=', 'aftercare_plan.session_id')
        .onRef('s.clinic_id', '=', 'aftercare_plan.clinic_id'),
    )
    .where('aftercare_plan.clinic_id', '=', clinicId)
    .where(criteriaWhere(criteria, planFilters));
  if (onlyPatient !== null) query = query.where('aftercare_plan.patient_id', '=', onlyPatient);
  else query = query.where(unrestricted('aftercare_plan.patient_id'));
  return query;
}

/** Recovery plans (CarePlan, category aftercare) with their check-ins, oldest first. */
export async function searchAftercarePlans(
  db: Executor,
  clinicId: string,
  criteria: SearchCriteria,
  onlyPatient: string | null,
  page: Page,
): Promise<SearchPage<AftercarePlanRow>> {
  return pageOf(
    planQuery(db, clinicId, criteria, onlyPatient),
    (q) =>
      q
        .select([
          'aftercare_plan.id',
          'aftercare_plan.patient_id',
          'aftercare_plan.session_id',
          's.series_id',
          'aftercare_plan.practitioner_id',
          'aftercare_plan.treatment_date',
          'aftercare_plan.timeline_version',
          'aftercare_plan.plan',
          'aftercare_plan.status',
          'aftercare_plan.created_at',
          'aftercare_plan.cancel_reason',
        ])
        .select(
          sql<
            AftercarePlanRow['check_ins']
          >`COALESCE((SELECT json_agg(json_build_object('id', c.id, 'day', c.day,
          'dueDate', to_char(c.due_date, 'YYYY-MM-DD'), 'status', c.status) ORDER BY c.day)
          FROM aftercare_check_in c WHERE c.clinic_id = aftercare_plan.clinic_id
          AND c.plan_id = aftercare_plan.id), '[]'::json)`.as('check_ins'),
        )
        .orderBy('aftercare_plan.created_at')
        .orderBy('aftercare_plan.id'),
    page,
  );
}

export interface CheckInRow {
  id: string;
  patient_id: string;
  plan_id: string;
  session_id: string;
  day: number;
  submitted_at: Date;
  answers: unknown;
  level: 'expected' | 'review' | 'urgent' | 'emergency';
}

const checkInFilters: Filters = {
  _id: idIs('aftercare_check_in.id'),
  patient: idIs('aftercare_check_in.patient_id'),
  subject: idIs('aftercare_check_in.patient_id'),
  date: dateIs('aftercare_check_in.submitted_at', 'instant'),
  _lastUpdated: dateIs('aftercare_check_in.submitted_at', 'instant'),
  category: codeIsConstant('survey'),
  code: codeIsConstant('aftercare-check-in'),
};

function checkInQuery(db: Executor, clinicId: string, criteria: SearchCriteria, onlyPatient: string | null) {
  let query = db
    .selectFrom('aftercare_check_in')
    .innerJoin('aftercare_plan as plan', (join) =>
      join
        .onRef('plan.id', '=', 'aftercare_check_in.plan_id')
        .onRef('plan.clinic_id', '=', 'aftercare_check_in.clinic_id'),
    )
    .where('aftercare_check_in.clinic_id', '=', clinicId)
    .where('aftercare_check_in.status', '=', 'submitted')
    .where(criteriaWhere(criteria, checkInFilters));
  if (onlyPatient !== null) query = query.where('aftercare_check_in.patient_id', '=', onlyPatient);
  else query = query.where(unrestricted('aftercare_check_in.patient_id'));
  return query;
}

/** Answered check-ins (Observation: symptom scores and triage level), oldest first. */
export async function searchCheckIns(
  db: Executor,
  clinicId: string,
  criteria: SearchCriteria,
  onlyPatient: string | null,
  page: Page,
): Promise<SearchPage<CheckInRow>> {
  return pageOf(
    checkInQuery(db, clinicId, criteria, onlyPatient),
    (q) =>
      q
        .select([
          'aftercare_check_in.id',
          'aftercare_check_in.patient_id',
          'aftercare_check_in.plan_id',
          'plan.session_id',
          'aftercare_check_in.day',
          'aftercare_check_in.answers',
        ])
        .select(sql<Date>`aftercare_check_in.submitted_at`.as('submitted_at'))
        .select(sql<CheckInRow['level']>`aftercare_check_in.level`.as('level'))
        .orderBy('aftercare_check_in.submitted_at')
        .orderBy('aftercare_check_in.id'),
    page,
  );
}
