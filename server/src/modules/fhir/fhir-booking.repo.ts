import { sql, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type { Page, SearchPage } from './search-page';
import { pageOf } from './search-page.repo';
import {
  criteriaWhere,
  codeIs,
  codeIsConstant,
  dateIs,
  idIs,
  sortOrder,
  unrestricted,
  type Filters,
  type SortColumns,
} from './search-filters.repo';
import type { SearchCriteria } from './search-params';

/** Read-only SQL over appointments and treatment series, for the FHIR façade. */

export interface AppointmentRow {
  id: string;
  patient_id: string;
  location_id: string;
  status: 'booked' | 'cancelled' | 'no_show' | 'completed';
  starts_at: Date;
  ends_at: Date;
  created_at: Date;
  cancellation_reason: string | null;
  service_code: string;
  service_name: string;
  series_id: string | null;
  session_number: number | null;
  resources: {
    role: string;
    roomId: string | null;
    deviceId: string | null;
    practitionerId: string | null;
  }[];
}

/** FHIR appointment status codes and Corium's (http://hl7.org/fhir/appointmentstatus). */
export const appointmentStatuses = {
  booked: 'booked',
  cancelled: 'cancelled',
  noshow: 'no_show',
  fulfilled: 'completed',
} as const;

const appointmentFilters: Filters = {
  _id: idIs('appointment.id'),
  patient: idIs('appointment.patient_id'),
  date: dateIs('appointment.starts_at', 'instant'),
  status: codeIs('appointment.status', {
    map: (code) => appointmentStatuses[code as keyof typeof appointmentStatuses] ?? null,
  }),
  practitioner: (value) =>
    sql<SqlBool>`EXISTS (SELECT 1 FROM appointment_resource ar WHERE ar.clinic_id = appointment.clinic_id
      AND ar.appointment_id = appointment.id AND ${idIs('ar.practitioner_id')(value)})`,
  location: (value) =>
    sql<SqlBool>`(${idIs('appointment.location_id')(value)} OR EXISTS (SELECT 1 FROM appointment_resource ar
      WHERE ar.clinic_id = appointment.clinic_id AND ar.appointment_id = appointment.id
      AND ${idIs('ar.room_id')(value)}))`,
};

/** `_sort` names for Appointment and CarePlan, each a fixed column. */
export const appointmentSorts: SortColumns = { date: 'appointment.starts_at' };
export const seriesSorts: SortColumns = { _lastUpdated: 'treatment_series.created_at' };

function appointmentQuery(
  db: Executor,
  clinicId: string,
  criteria: SearchCriteria,
  onlyPatient: string | null,
) {
  let query = db
    .selectFrom('appointment')
    .innerJoin('service', (join) =>
      join
        .onRef('service.id', '=', 'appointment.service_id')
        .onRef('service.clinic_id', '=', 'appointment.clinic_id'),
    )
    .where('appointment.clinic_id', '=', clinicId)
    .where(criteriaWhere(criteria, appointmentFilters));
  if (onlyPatient !== null) query = query.where('appointment.patient_id', '=', onlyPatient);
  else query = query.where(unrestricted('appointment.patient_id'));
  return query;
}

export async function searchAppointments(
  db: Executor,
  clinicId: string,
  criteria: SearchCriteria,
  onlyPatient: string | null,
  page: Page,
): Promise<SearchPage<AppointmentRow>> {
  return pageOf(
    appointmentQuery(db, clinicId, criteria, onlyPatient),
    (q) =>
      q
        .select([
          'appointment.id',
          'appointment.patient_id',
          'appointment.location_id',
          'appointment.status',
          'appointment.starts_at',
          'appointment.ends_at',
          'appointment.created_at',
          'appointment.cancellation_reason',
          'appointment.series_id',
          'appointment.session_number',
          'service.code as service_code',
          'service.name as service_name',
        ])
        .select(
          sql<AppointmentRow['resources']>`COALESCE((SELECT json_agg(json_build_object('role', ar.role_key,
          'roomId', ar.room_id, 'deviceId', ar.device_id, 'practitionerId', ar.practitioner_id) ORDER BY ar.role_key)
          FROM appointment_resource ar WHERE ar.clinic_id = appointment.clinic_id
          AND ar.appointment_id = appointment.id), '[]'::json)`.as('resources'),
        )
        .orderBy(sortOrder(page.sort, appointmentSorts, ['appointment.starts_at']))
        .orderBy('appointment.id'),
    page,
  );
}

export interface SeriesRow {
  id: string;
  patient_id: string;
  concerns: string[];
  modality: 'microneedling' | 'rf-microneedling';
  sessions: number;
  interval_days: number;
  notes: string | null;
  status: 'active' | 'completed' | 'stopped';
  created_at: Date;
  appointment_ids: string[];
}

export const carePlanStatuses = { active: 'active', completed: 'completed', revoked: 'stopped' } as const;

const seriesFilters: Filters = {
  _id: idIs('treatment_series.id'),
  patient: idIs('treatment_series.patient_id'),
  subject: idIs('treatment_series.patient_id'),
  status: codeIs('treatment_series.status', {
    map: (code) => carePlanStatuses[code as keyof typeof carePlanStatuses] ?? null,
  }),
  _lastUpdated: dateIs('treatment_series.created_at', 'instant'),
  category: codeIsConstant('treatment-series'),
};

function seriesQuery(db: Executor, clinicId: string, criteria: SearchCriteria, onlyPatient: string | null) {
  let query = db
    .selectFrom('treatment_series')
    .where('treatment_series.clinic_id', '=', clinicId)
    .where(criteriaWhere(criteria, seriesFilters));
  if (onlyPatient !== null) query = query.where('treatment_series.patient_id', '=', onlyPatient);
  else query = query.where(unrestricted('treatment_series.patient_id'));
  return query;
}

/** Treatment series (CarePlan), with the appointments booked in each. */
export async function searchSeries(
  db: Executor,
  clinicId: string,
  criteria: SearchCriteria,
  onlyPatient: string | null,
  page: Page,
): Promise<SearchPage<SeriesRow>> {
  return pageOf(
    seriesQuery(db, clinicId, criteria, onlyPatient),
    (q) =>
      q
        .select([
          'id',
          'patient_id',
          'concerns',
          'modality',
          'sessions',
          'interval_days',
          'notes',
          'status',
          'created_at',
        ])
        .select(
          sql<string[]>`ARRAY(SELECT a.id FROM appointment a WHERE a.clinic_id = treatment_series.clinic_id
          AND a.series_id = treatment_series.id ORDER BY a.starts_at)`.as('appointment_ids'),
        )
        .orderBy(sortOrder(page.sort, seriesSorts, ['treatment_series.created_at']))
        .orderBy('treatment_series.id'),
    page,
  );
}
