import type { Appointment, BookAppointmentRequest } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import type { AppError } from '../../platform/errors/app-error';
import { lockUnmergedPatient } from '../patients/merge.service';
import { appointmentEvent, readAppointment } from './appointments.service';
import * as repo from './appointments.repo';
import { assertFitsHours } from './book/check-hours';
import { assertMayOverride, claimVisit, recordBooked, refusalOf, type Booker } from './book/claim-visit';
import { earlierBooking, requestHash } from './book/idempotency';
import { resolveBooking } from './book/resolve-booking';
import { screeningGate } from './book/screening-gate';
import { seriesSession } from './book/series-session';
import { appointmentsBooked } from '../notifications/appointment-notices';

type Outcome = { appointment: Appointment } | { refusal: AppError };

interface Booking extends Booker {
  request: BookAppointmentRequest;
  hash: string;
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
  const keys = { idempotencyKey: request.idempotencyKey, hash: b.hash };
  const claim = await claimVisit(trx, b, keys, {
    resolved,
    session,
    override,
  });
  const visit = { booking: resolved, session, screeningId: request.screeningId };
  const gate = await screeningGate(trx, deps, principal, patientId, visit, b.meta);
  if ('refusal' in gate) {
    await repo.deleteUnscreened(trx, clinicId, claim.id);
    return gate;
  }
  if (gate.screeningId) await repo.setScreening(trx, clinicId, claim.id, gate.screeningId);
  await recordBooked(trx, b, claim, gate.screeningId);
  await appointmentsBooked(trx, deps, { clinicId, patientId, appointmentIds: [claim.id] });
  return { appointment: await readAppointment(trx, clinicId, patientId, claim.id) };
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
  assertMayOverride(principal, request.spacingOverride);
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
