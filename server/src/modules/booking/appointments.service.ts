import type { Appointment, CalendarQuery, CancelAppointmentRequest } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit, type AuditEvent } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Executor, Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import * as repo from './appointments.repo';
import { toAppointment } from './appointments.mapper';
import * as catalog from './catalog.repo';
import { appointmentCancelled } from '../notifications/appointment-notices';
import { recordWebhookEvent } from '../webhooks/webhook-events';

export const appointmentEvent = (
  action: AuditEvent['action'],
  patientId: string,
  resourceId: string | null,
  details: Record<string, unknown>,
): AuditEvent => ({ action, resourceType: 'appointment', resourceId, patientIds: [patientId], details });

async function withHolds(
  db: Executor,
  clinicId: string,
  rows: repo.AppointmentRow[],
): Promise<Appointment[]> {
  const holds = await repo.holdsOf(
    db,
    clinicId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toAppointment(r, holds));
}

export async function readAppointment(
  db: Executor,
  clinicId: string,
  patientId: string,
  appointmentId: string,
): Promise<Appointment> {
  const row = await repo.findAppointment(db, clinicId, patientId, appointmentId);
  if (!row) throw new AppError('NOT_FOUND', 'This patient has no such appointment');
  return (await withHolds(db, clinicId, [row]))[0]!;
}

/** Newest first, cancelled ones too: the record of every visit made or missed. */
export function listPatientAppointments(
  deps: Deps,
  principal: Principal,
  patientId: string,
  meta: RequestMeta,
): Promise<Appointment[]> {
  return deps.db.transaction().execute(async (trx) => {
    const rows = await repo.listForPatient(trx, principal.clinicId, patientId);
    const event = appointmentEvent('read', patientId, null, { appointments: rows.length });
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
    return withHolds(trx, principal.clinicId, rows);
  });
}

/** The resources a calendar is filtered by, checked to be the clinic's: 400 naming the field otherwise. */
async function calendarResources(db: Executor, clinicId: string, query: CalendarQuery): Promise<string[]> {
  const issues = [];
  if (query.locationId && !(await catalog.findLocation(db, clinicId, query.locationId)))
    issues.push({ path: 'querystring.locationId', message: 'No such location' });
  if (
    query.practitionerId &&
    (await catalog.listPractitioners(db, clinicId, [query.practitionerId])).length === 0
  )
    issues.push({ path: 'querystring.practitionerId', message: 'No such practitioner' });
  if (query.roomId && (await catalog.listRooms(db, clinicId, [query.roomId])).length === 0)
    issues.push({ path: 'querystring.roomId', message: 'No such room' });
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', issues[0]!.message, issues);
  return [query.practitionerId, query.roomId].filter((id): id is string => id !== undefined);
}

/**
 * The calendar: appointments that are not cancelled overlapping [from, to), for the clinic,
 * a location, a practitioner or a room. It shows patients' names, so it is audited as a search.
 */
export function calendar(
  deps: Deps,
  principal: Principal,
  query: CalendarQuery,
  meta: RequestMeta,
): Promise<Appointment[]> {
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    const resourceIds = await calendarResources(trx, clinicId, query);
    const range = {
      from: new Date(query.from),
      to: new Date(query.to),
      locationId: query.locationId,
      resourceIds,
    };
    const rows = await repo.calendar(trx, clinicId, range);
    const event: AuditEvent = {
      action: 'search',
      resourceType: 'appointment',
      patientIds: [...new Set(rows.map((r) => r.patient_id))],
      details: { ...query },
    };
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
    return withHolds(trx, clinicId, rows);
  });
}

/** Locks a booked appointment about to change status; any other status cannot change. */
async function lockBooked(trx: Trx, principal: Principal, patientId: string, appointmentId: string) {
  const row = await repo.lockAppointment(trx, principal.clinicId, patientId, appointmentId);
  if (!row) throw new AppError('NOT_FOUND', 'This patient has no such appointment');
  if (row.status !== 'booked')
    throw new AppError('CONFLICT', `This appointment is already ${row.status.replace('_', '-')}`);
  return row;
}

/**
 * Cancels a booked appointment inside the caller's transaction: its resources are free again at
 * once, the patient is told and the freed time offered to the waitlist. A course being stopped
 * cancels its visits through this too, so they go exactly as a single cancellation does.
 */
export async function cancelBookedVisit(
  trx: Trx,
  deps: Deps,
  principal: Principal,
  visit: { patientId: string; appointmentId: string; reason: string },
  meta: RequestMeta,
): Promise<void> {
  const { patientId, appointmentId, reason } = visit;
  await lockBooked(trx, principal, patientId, appointmentId);
  const now = deps.clock.now();
  await repo.cancel(trx, principal.clinicId, appointmentId, principal.userId, now, reason);
  await repo.releaseHolds(trx, principal.clinicId, appointmentId);
  const event = appointmentEvent('update', patientId, appointmentId, { status: 'cancelled', reason });
  await recordAudit(trx, actorOf(principal, meta), event, now);
  await recordWebhookEvent(
    trx,
    principal.clinicId,
    'appointment.cancelled',
    `Appointment/${appointmentId}`,
    now,
  );
  const change = { clinicId: principal.clinicId, patientId, appointmentIds: [appointmentId] };
  await appointmentCancelled(trx, deps, change);
}

/** Cancels a booked appointment. */
export function cancelAppointment(
  deps: Deps,
  principal: Principal,
  patientId: string,
  appointmentId: string,
  request: CancelAppointmentRequest,
  meta: RequestMeta,
): Promise<Appointment> {
  return deps.db.transaction().execute(async (trx) => {
    await cancelBookedVisit(trx, deps, principal, { patientId, appointmentId, reason: request.reason }, meta);
    return readAppointment(trx, principal.clinicId, patientId, appointmentId);
  });
}

/**
 * The patient did not come. Only once the appointment has started; what it held is released,
 * so the rest of the time can be given to someone else.
 */
export function recordNoShow(
  deps: Deps,
  principal: Principal,
  patientId: string,
  appointmentId: string,
  meta: RequestMeta,
): Promise<Appointment> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockBooked(trx, principal, patientId, appointmentId);
    const now = deps.clock.now();
    if (now < row.starts_at)
      throw new AppError(
        'CONFLICT',
        'The appointment has not started yet; a no-show is recorded once it has',
      );
    await repo.recordNoShow(trx, principal.clinicId, appointmentId, principal.userId, now);
    await repo.releaseHolds(trx, principal.clinicId, appointmentId);
    const event = appointmentEvent('update', patientId, appointmentId, { status: 'no_show' });
    await recordAudit(trx, actorOf(principal, meta), event, now);
    return readAppointment(trx, principal.clinicId, patientId, appointmentId);
  });
}

/**
 * A treatment visit whose chart was signed is completed, inside the signing transaction: it no
 * longer counts as an upcoming visit (reminders, moves, cancellation) and stays in the history.
 */
export async function completeVisit(trx: Trx, clinicId: string, appointmentId: string): Promise<void> {
  await repo.complete(trx, clinicId, appointmentId);
}
