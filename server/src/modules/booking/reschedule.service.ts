import type { Appointment, RescheduleAppointmentRequest } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { appointmentMoved } from '../notifications/appointment-notices';
import { lockUnmergedPatient } from '../patients/merge.service';
import * as repo from './appointments.repo';
import { appointmentEvent, readAppointment } from './appointments.service';
import { assertFitsHours } from './book/check-hours';
import { checkSpacing } from './book/check-spacing';
import { assertMayOverride, holdRows, refusalOf, type Booker } from './book/claim-visit';
import { resolveBooking, type ResolvedBooking } from './book/resolve-booking';
import { screeningGate } from './book/screening-gate';
import type { SeriesSession } from './book/series-session';
import * as moves from './moves.repo';
import * as seriesRepo from './treatment-series.repo';
import { wallClockOf } from './wall-clock';

type Outcome = { appointment: Appointment } | { refusal: AppError };
type OldHold = repo.HoldOfRow;

interface Move extends Booker {
  appointmentId: string;
  request: RescheduleAppointmentRequest;
}

/** A booked visit that has not started, or 404/409. */
async function movable(trx: Trx, m: Move): Promise<moves.MovingRow> {
  const row = await moves.lockForMove(trx, m.principal.clinicId, m.patientId, m.appointmentId);
  if (!row) throw new AppError('NOT_FOUND', 'This patient has no such appointment');
  if (row.status !== 'booked')
    throw new AppError(
      'CONFLICT',
      `This appointment is ${row.status.replace('_', '-')}; only a booked one moves`,
    );
  if (row.starts_at <= m.deps.clock.now())
    throw new AppError('CONFLICT', 'This appointment has already started; only a future one moves');
  return row;
}

async function sessionOf(trx: Trx, m: Move, row: moves.MovingRow): Promise<SeriesSession | null> {
  if (!row.series_id || !row.session_number) return null;
  const series = await seriesRepo.findSeries(trx, m.principal.clinicId, m.patientId, row.series_id);
  return series ? { series, sessionNumber: row.session_number } : null;
}

const asHoldRows = (clinicId: string, appointmentId: string, holds: OldHold[]) =>
  holds.map((h) => ({
    id: newId(),
    clinic_id: clinicId,
    appointment_id: appointmentId,
    role_key: h.role_key,
    kind: h.room_id ? ('room' as const) : h.device_id ? ('device' as const) : ('practitioner' as const),
    resource_id: h.resource_id,
    start: h.start,
    end: h.end,
  }));

const placementOf = (row: moves.MovingRow): moves.Placement => ({
  location_id: row.location_id,
  starts_at: row.starts_at,
  ends_at: row.ends_at,
  spacing_override_by: row.spacing_override_by,
  spacing_override_reason: row.spacing_override_reason,
  warnings: JSON.stringify(row.warnings),
});

const describe = (start: Date, locationId: string, holds: { role: string; id: string }[]) => ({
  start: start.toISOString(),
  locationId,
  resources: holds,
});

/** The screening for a new day, when the day changes; a refusal puts the visit back where it was. */
async function screenNewDay(
  trx: Trx,
  m: Move,
  visit: { row: moves.MovingRow; resolved: ResolvedBooking; session: SeriesSession | null; old: OldHold[] },
): Promise<{ screeningId: string | null } | { refusal: AppError }> {
  const { row, resolved, session } = visit;
  const oldDay = wallClockOf(row.starts_at, resolved.location.time_zone).date;
  if (resolved.service.kind !== 'treatment' || oldDay === resolved.wall.date)
    return { screeningId: row.screening_id };
  const gate = await screeningGate(
    trx,
    m.deps,
    m.principal,
    m.patientId,
    { booking: resolved, session, screeningId: m.request.screeningId },
    m.meta,
  );
  if (!('refusal' in gate)) return gate;
  const { clinicId } = m.principal;
  await moves.place(trx, clinicId, row.id, placementOf(row));
  await moves.replaceHolds(trx, clinicId, row.id, asHoldRows(clinicId, row.id, visit.old));
  return gate;
}

async function resolveMove(trx: Trx, m: Move, row: moves.MovingRow, old: OldHold[]) {
  const current = Object.fromEntries(old.map((h) => [h.role_key, h.resource_id]));
  const request = {
    serviceId: row.service_id,
    locationId: m.request.locationId ?? row.location_id,
    start: m.request.start,
    assignment: { ...current, ...m.request.assignment },
  };
  const resolved = await resolveBooking(trx, m.principal.clinicId, request, m.deps.clock.now());
  await assertFitsHours(trx, m.principal.clinicId, resolved);
  return resolved;
}

/** The audit event of a move: from where to where, why, and what allowed it. */
async function recordMove(
  trx: Trx,
  m: Move,
  move: {
    row: moves.MovingRow;
    old: OldHold[];
    resolved: ResolvedBooking;
    override: { reason: string } | null;
    screeningId: string | null;
  },
): Promise<void> {
  const { row, old, resolved } = move;
  const details = {
    from: describe(
      row.starts_at,
      row.location_id,
      old.map((h) => ({ role: h.role_key, id: h.resource_id })),
    ),
    to: describe(
      resolved.start,
      resolved.location.id,
      resolved.holds.map((h) => ({ role: h.role, id: h.resourceId })),
    ),
    reason: m.request.reason ?? null,
    spacingOverride: move.override?.reason ?? null,
    screeningId: move.screeningId,
  };
  const event = appointmentEvent('update', m.patientId, row.id, details);
  await recordAudit(trx, actorOf(m.principal, m.meta), event, m.deps.clock.now());
}

/** Moved in place: same row, new times and holds; then screened, audited and told. */
async function move(trx: Trx, m: Move): Promise<Outcome> {
  const { deps, principal, patientId } = m;
  const { clinicId } = principal;
  await lockUnmergedPatient(trx, clinicId, patientId);
  const row = await movable(trx, m);
  const old = await repo.holdsOf(trx, clinicId, [row.id]);
  const resolved = await resolveMove(trx, m, row, old);
  const session = await sessionOf(trx, m, row);
  const asked = m.request.spacingOverride
    ? { reason: m.request.spacingOverride.reason, by: principal.userId }
    : null;
  const visit = { booking: resolved, session, movingId: row.id };
  const spacing = await checkSpacing(trx, clinicId, patientId, visit, asked);
  await moves.place(trx, clinicId, row.id, {
    location_id: resolved.location.id,
    starts_at: resolved.start,
    ends_at: resolved.end,
    spacing_override_by: spacing.override?.by ?? null,
    spacing_override_reason: spacing.override?.reason ?? null,
    warnings: JSON.stringify(spacing.warnings),
  });
  await moves.replaceHolds(trx, clinicId, row.id, holdRows(clinicId, row.id, resolved));
  const gate = await screenNewDay(trx, m, { row, resolved, session, old });
  if ('refusal' in gate) return gate;
  if (gate.screeningId && gate.screeningId !== row.screening_id)
    await repo.setScreening(trx, clinicId, row.id, gate.screeningId);
  await recordMove(trx, m, { row, old, resolved, override: spacing.override, screeningId: gate.screeningId });
  await appointmentMoved(trx, deps, {
    clinicId,
    patientId,
    appointmentIds: [row.id],
    previousStart: row.starts_at,
  });
  return { appointment: await readAppointment(trx, clinicId, patientId, row.id) };
}

/**
 * Moves a booked, future visit to another start (and location or resources): the same
 * appointment, its new holds claimed and the old ones released in one transaction. Every
 * booking rule applies again — hours, free resources (409 SLOT_TAKEN), spacing from the
 * patient's other sessions but not itself, and a screening for a new day.
 */
export async function rescheduleAppointment(
  deps: Deps,
  principal: Principal,
  patientId: string,
  appointmentId: string,
  request: RescheduleAppointmentRequest,
  meta: RequestMeta,
): Promise<Appointment> {
  assertMayOverride(principal, request.spacingOverride);
  const m: Move = { deps, principal, patientId, meta, appointmentId, request };
  const outcome = await deps.db
    .transaction()
    .execute((trx) => move(trx, m))
    .catch((error: unknown) => {
      throw refusalOf(error);
    });
  if ('refusal' in outcome) throw outcome.refusal;
  return outcome.appointment;
}
