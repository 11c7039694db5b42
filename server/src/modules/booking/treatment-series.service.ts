import type { FieldIssue, TreatmentSeries, TreatmentSeriesRequest } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit, type AuditEvent } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { lockUnmergedPatient } from '../patients/merge.service';
import { courseDefaults } from './series-defaults';
import * as repo from './treatment-series.repo';
import type { SeriesAppointmentRow, SeriesRow } from './treatment-series.repo';

const seriesEvent = (
  action: AuditEvent['action'],
  patientId: string,
  resourceId: string | null,
  details: Record<string, unknown>,
): AuditEvent => ({ action, resourceType: 'treatment_series', resourceId, patientIds: [patientId], details });

export function toTreatmentSeries(
  row: SeriesRow,
  appointments: readonly SeriesAppointmentRow[],
): TreatmentSeries {
  return {
    id: row.id,
    patientId: row.patient_id,
    concerns: row.concerns as TreatmentSeries['concerns'],
    modality: row.modality,
    sessions: row.sessions,
    intervalDays: row.interval_days,
    minIntervalDays: row.min_interval_days,
    maxIntervalDays: row.max_interval_days,
    plannedDepthMm: row.planned_depth_mm as TreatmentSeries['plannedDepthMm'],
    notes: row.notes,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    createdBy: { id: row.created_by, displayName: row.created_by_name },
    stopped:
      row.stopped_at && row.stopped_by
        ? {
            at: row.stopped_at.toISOString(),
            by: { id: row.stopped_by, displayName: row.stopped_by_name ?? '' },
            reason: row.stop_reason ?? '',
          }
        : null,
    appointments: appointments
      .filter((a) => a.series_id === row.id)
      .map((a) => ({
        id: a.id,
        sessionNumber: a.session_number!,
        start: a.starts_at.toISOString(),
        status: a.status,
      })),
  };
}

/**
 * The plan's course: what the request gives, the rest from the indication (series-defaults.ts).
 * A typical interval left out is kept inside the given minimum and maximum.
 */
export function planCourse(request: TreatmentSeriesRequest) {
  const defaults = courseDefaults(request.concerns, request.modality);
  const minIntervalDays = request.minIntervalDays ?? defaults.minIntervalDays;
  const maxIntervalDays = request.maxIntervalDays ?? Math.max(defaults.maxIntervalDays, minIntervalDays);
  const intervalDays =
    request.intervalDays ?? Math.min(Math.max(defaults.intervalDays, minIntervalDays), maxIntervalDays);
  const sessions = request.sessions ?? defaults.sessions;
  const issues: FieldIssue[] = [];
  if (minIntervalDays > maxIntervalDays)
    issues.push({
      path: 'maxIntervalDays',
      message: `Less than the minimum interval (${minIntervalDays} days)`,
    });
  else if (intervalDays < minIntervalDays || intervalDays > maxIntervalDays)
    issues.push({
      path: 'intervalDays',
      message: `Between the minimum and maximum interval (${minIntervalDays}–${maxIntervalDays} days)`,
    });
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', 'The intervals do not fit together', issues);
  return { sessions, intervalDays, minIntervalDays, maxIntervalDays };
}

export function createSeries(
  deps: Deps,
  principal: Principal,
  patientId: string,
  request: TreatmentSeriesRequest,
  meta: RequestMeta,
): Promise<TreatmentSeries> {
  const course = planCourse(request);
  return deps.db.transaction().execute(async (trx) => {
    await lockUnmergedPatient(trx, principal.clinicId, patientId);
    const id = newId();
    const now = deps.clock.now();
    await repo.insertSeries(trx, {
      id,
      clinic_id: principal.clinicId,
      patient_id: patientId,
      concerns: request.concerns,
      modality: request.modality,
      sessions: course.sessions,
      interval_days: course.intervalDays,
      min_interval_days: course.minIntervalDays,
      max_interval_days: course.maxIntervalDays,
      planned_depth_mm: JSON.stringify(request.plannedDepthMm),
      notes: request.notes || null,
      created_by: principal.userId,
      created_at: now,
    });
    const details = { modality: request.modality, concerns: request.concerns, ...course };
    await recordAudit(trx, actorOf(principal, meta), seriesEvent('create', patientId, id, details), now);
    const row = await repo.findSeries(trx, principal.clinicId, patientId, id);
    return toTreatmentSeries(row!, []);
  });
}

export function listSeries(
  deps: Deps,
  principal: Principal,
  patientId: string,
  meta: RequestMeta,
): Promise<TreatmentSeries[]> {
  return deps.db.transaction().execute(async (trx) => {
    const rows = await repo.listSeries(trx, principal.clinicId, patientId);
    const appointments = await repo.seriesAppointments(
      trx,
      principal.clinicId,
      rows.map((r) => r.id),
    );
    const event = seriesEvent('read', patientId, null, { series: rows.length });
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
    return rows.map((r) => toTreatmentSeries(r, appointments));
  });
}
