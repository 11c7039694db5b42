import type { AppointmentWarning } from '@corium/contracts';
import type { Deps } from '../../../deps';
import { recordAudit } from '../../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../../platform/auth/policy';
import { actorOf } from '../../../platform/auth/request-meta';
import type { Trx } from '../../../platform/db/database';
import { AppError } from '../../../platform/errors/app-error';
import { newId } from '../../../platform/ids';
import * as repo from '../appointments.repo';
import { appointmentEvent } from '../appointments.service';
import { recordWebhookEvent } from '../../webhooks/webhook-events';
import { checkSpacing } from './check-spacing';
import { keyReused } from './idempotency';
import type { ResolvedBooking } from './resolve-booking';
import type { SeriesSession } from './series-session';

/** Who books, for whom, and under which idempotency key and request hash. */
export interface Booker {
  deps: Deps;
  principal: Principal;
  patientId: string;
  meta: RequestMeta;
}

/** A visit claimed in this transaction: its row and holds are written, not yet screened. */
export interface Claim {
  id: string;
  resolved: ResolvedBooking;
  session: SeriesSession | null;
  spacingOverride: { reason: string; by: string } | null;
  warnings: AppointmentWarning[];
}

/** The appointment row, then what it holds (one statement, in resource order). */
async function insertVisit(
  trx: Trx,
  who: Booker,
  keys: { idempotencyKey: string; hash: string },
  claim: Omit<Claim, 'id'>,
): Promise<string> {
  const { clinicId, userId } = who.principal;
  const { resolved, session, spacingOverride, warnings } = claim;
  const id = newId();
  await repo.insertAppointment(trx, {
    id,
    clinic_id: clinicId,
    location_id: resolved.location.id,
    patient_id: who.patientId,
    service_id: resolved.service.id,
    series_id: session?.series.id ?? null,
    session_number: session?.sessionNumber ?? null,
    starts_at: resolved.start,
    ends_at: resolved.end,
    spacing_override_by: spacingOverride?.by ?? null,
    spacing_override_reason: spacingOverride?.reason ?? null,
    warnings: JSON.stringify(warnings),
    idempotency_key: keys.idempotencyKey,
    request_hash: keys.hash,
    created_by: userId,
    created_at: who.deps.clock.now(),
  });
  await repo.insertHolds(trx, holdRows(clinicId, id, resolved));
  return id;
}

export const holdRows = (clinicId: string, appointmentId: string, resolved: ResolvedBooking) =>
  resolved.holds.map((h) => ({
    id: newId(),
    clinic_id: clinicId,
    appointment_id: appointmentId,
    role_key: h.role,
    kind: h.kind,
    resource_id: h.resourceId,
    start: h.start,
    end: h.end,
  }));

/**
 * Spacing checked (the override kept when it was needed), then the visit written. Sessions
 * claimed earlier in the same transaction count as neighbours: a series is spaced within itself.
 */
export async function claimVisit(
  trx: Trx,
  who: Booker,
  keys: { idempotencyKey: string; hash: string },
  visit: { resolved: ResolvedBooking; session: SeriesSession | null; override: Claim['spacingOverride'] },
): Promise<Claim> {
  const { resolved, session } = visit;
  const spacing = await checkSpacing(
    trx,
    who.principal.clinicId,
    who.patientId,
    { booking: resolved, session },
    visit.override,
  );
  const claim = { resolved, session, spacingOverride: spacing.override, warnings: spacing.warnings };
  const id = await insertVisit(trx, who, keys, claim);
  return { id, ...claim };
}

/** The audit event of a booked visit, with what it holds and why it was allowed. */
export async function recordBooked(
  trx: Trx,
  who: Booker,
  claim: Claim,
  screeningId: string | null,
): Promise<void> {
  const { resolved, session, spacingOverride } = claim;
  const details = {
    service: resolved.service.code,
    start: resolved.start.toISOString(),
    locationId: resolved.location.id,
    resources: resolved.holds.map((h) => ({ role: h.role, id: h.resourceId })),
    seriesId: session?.series.id ?? null,
    sessionNumber: session?.sessionNumber ?? null,
    screeningId,
    spacingOverride: spacingOverride?.reason ?? null,
  };
  const now = who.deps.clock.now();
  await recordAudit(
    trx,
    actorOf(who.principal, who.meta),
    appointmentEvent('create', who.patientId, claim.id, details),
    now,
  );
  await recordWebhookEvent(trx, who.principal.clinicId, 'appointment.booked', `Appointment/${claim.id}`, now);
}

/** PostgreSQL's refusals of a booking, in the clinic's words. */
export function refusalOf(error: unknown): unknown {
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

/** Only a prescriber may let a visit closer than the spacing rules allow. */
export function assertMayOverride(principal: Principal, override: unknown): void {
  if (override && !principal.isPrescriber)
    throw new AppError('FORBIDDEN', 'Only a prescriber may override the spacing between sessions', [
      { path: 'spacingOverride', message: 'Only a prescriber may override the spacing between sessions' },
    ]);
}
