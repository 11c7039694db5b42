import type { Appointment, BookAppointmentRequest } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { lockUnmergedPatient } from '../patients/merge.service';
import { appointmentEvent, readAppointment } from './appointments.service';
import * as repo from './appointments.repo';
import { assertFitsHours } from './book/check-hours';
import { checkSpacing } from './book/check-spacing';
import { earlierBooking, keyReused, requestHash } from './book/idempotency';
import { resolveBooking, type ResolvedBooking } from './book/resolve-booking';
import { screeningGate } from './book/screening-gate';
import { seriesSession, type SeriesSession } from './book/series-session';
import { appointmentsBooked } from '../notifications/appointment-notices';

type Outcome = { appointment: Appointment } | { refusal: AppError };

interface Booking {
  deps: Deps;
  principal: Principal;
  patientId: string;
  request: BookAppointmentRequest;
  hash: string;
  meta: RequestMeta;
}

/** The booking's rows: the appointment, then what it holds (one statement, in resource order). */
async function insertBooking(
  trx: Trx,
  b: Booking,
  resolved: ResolvedBooking,
  session: SeriesSession | null,
  spacingOverride: { reason: string; by: string } | null,
): Promise<string> {
  const { clinicId, userId } = b.principal;
  const id = newId();
  await repo.insertAppointment(trx, {
    id,
    clinic_id: clinicId,
    location_id: resolved.location.id,
    patient_id: b.patientId,
    service_id: resolved.service.id,
    series_id: session?.series.id ?? null,
    session_number: session?.sessionNumber ?? null,
    starts_at: resolved.start,
    ends_at: resolved.end,
    spacing_override_by: spacingOverride?.by ?? null,
    spacing_override_reason: spacingOverride?.reason ?? null,
    idempotency_key: b.request.idempotencyKey,
    request_hash: b.hash,
    created_by: userId,
    created_at: b.deps.clock.now(),
  });
  await repo.insertHolds(
    trx,
    resolved.holds.map((h) => ({
      id: newId(),
      clinic_id: clinicId,
      appointment_id: id,
      role_key: h.role,
      kind: h.kind,
      resource_id: h.resourceId,
      start: h.start,
      end: h.end,
    })),
  );
  return id;
}

/**
 * Checks first (nothing written), then the slot is claimed, then the screening runs: claiming
 * before screening keeps every booking's lock order the same — resources, then the clinic's
 * audit chain — so concurrent bookings queue on the resources and never deadlock. A refused
 * screening stays on record; the claimed rows go again, inside the transaction.
 */
async function book(trx: Trx, b: Booking): Promise<Outcome> {
  const { deps, principal, patientId, request } = b;
  const { clinicId } = principal;
  // Serialises one patient's bookings: spacing, session numbers and retries see each other.
  await lockUnmergedPatient(trx, clinicId, patientId);
  const earlier = await earlierBooking(trx, clinicId, request.idempotencyKey, b.hash);
  if (earlier) {
    const event = appointmentEvent('read', patientId, earlier, { idempotentRetry: true });
    await recordAudit(trx, actorOf(principal, b.meta), event, deps.clock.now());
    return { appointment: await readAppointment(trx, clinicId, patientId, earlier) };
  }
  const resolved = await resolveBooking(trx, clinicId, request, deps.clock.now());
  await assertFitsHours(trx, clinicId, resolved);
  const session = await seriesSession(trx, clinicId, patientId, request.seriesId, resolved);
  const override = request.spacingOverride
    ? { reason: request.spacingOverride.reason, by: principal.userId }
    : null;
  const spacingOverride = await checkSpacing(trx, clinicId, patientId, resolved, session, override);
  const id = await insertBooking(trx, b, resolved, session, spacingOverride);
  const visit = { booking: resolved, session, screeningId: request.screeningId };
  const gate = await screeningGate(trx, deps, principal, patientId, visit, b.meta);
  if ('refusal' in gate) {
    await repo.deleteUnscreened(trx, clinicId, id);
    return gate;
  }
  if (gate.screeningId) await repo.setScreening(trx, clinicId, id, gate.screeningId);
  const details = {
    service: resolved.service.code,
    start: resolved.start.toISOString(),
    locationId: resolved.location.id,
    resources: resolved.holds.map((h) => ({ role: h.role, id: h.resourceId })),
    seriesId: session?.series.id ?? null,
    sessionNumber: session?.sessionNumber ?? null,
    screeningId: gate.screeningId,
    spacingOverride: spacingOverride?.reason ?? null,
  };
  await recordAudit(
    trx,
    actorOf(principal, b.meta),
    appointmentEvent('create', patientId, id, details),
    deps.clock.now(),
  );
  await appointmentsBooked(trx, deps, { clinicId, patientId, appointmentIds: [id] });
  return { appointment: await readAppointment(trx, clinicId, patientId, id) };
}

/** PostgreSQL's refusals of a booking, in the clinic's words. */
function refusalOf(error: unknown): unknown {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (code === '23P01' && constraint === 'appointment_resource_no_double_booking')
    return new AppError('SLOT_TAKEN', 'This time was just booked by someone else; choose another', {});
  if (code === '23P01' && constraint === 'appointment_patient_no_overlap')
    return new AppError('CONFLICT', 'The patient already has an appointment at that time', [
      { path: 'start', message: 'The patient already has an appointment at that time' },
    ]);
  if (code === '23505' && constraint === 'appointment_clinic_id_idempotency_key_key') return keyReused();
  return error;
}

/**
 * Books one visit atomically: every resource for the time its segments need it, or nothing.
 * Two requests for one slot give one appointment and one 409 SLOT_TAKEN — the database's
 * exclusion constraint decides. A retry with the same idempotency key and request returns the
 * first appointment; the same key with another request is refused.
 */
export async function bookAppointment(
  deps: Deps,
  principal: Principal,
  patientId: string,
  request: BookAppointmentRequest,
  meta: RequestMeta,
): Promise<Appointment> {
  if (request.spacingOverride && !principal.isPrescriber)
    throw new AppError('FORBIDDEN', 'Only a prescriber may override the spacing between sessions', [
      { path: 'spacingOverride', message: 'Only a prescriber may override the spacing between sessions' },
    ]);
  const b: Booking = { deps, principal, patientId, request, hash: requestHash(patientId, request), meta };
  const outcome = await deps.db
    .transaction()
    .execute((trx) => book(trx, b))
    .catch((error: unknown) => {
      throw refusalOf(error);
    });
  if ('refusal' in outcome) throw outcome.refusal;
  return outcome.appointment;
}
