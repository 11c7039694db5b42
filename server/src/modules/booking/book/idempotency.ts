import { createHash } from 'node:crypto';
import type { BookAppointmentRequest } from '@corium/contracts';
import type { Trx } from '../../../platform/db/database';
import { AppError } from '../../../platform/errors/app-error';
import * as repo from '../appointments.repo';

/**
 * What makes two booking requests "the same": patient, service, location, the instant (however
 * its offset was written), the assignment, series, screening and override. Key order and
 * `+01:00` versus `Z` do not matter; anything else does.
 */
export function requestHash(patientId: string, request: BookAppointmentRequest): string {
  const assignment = Object.fromEntries(
    Object.entries(request.assignment).sort(([a], [b]) => a.localeCompare(b)),
  );
  const canonical = JSON.stringify([
    patientId,
    request.serviceId,
    request.locationId,
    new Date(request.start).toISOString(),
    assignment,
    request.seriesId ?? null,
    request.screeningId ?? null,
    request.spacingOverride?.reason ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export const keyReused = (): AppError =>
  new AppError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for a different booking', [
    { path: 'idempotencyKey', message: 'Make a new key for each new booking' },
  ]);

/** The appointment an earlier request with this key made, when this is a retry of it. */
export async function earlierBooking(
  trx: Trx,
  clinicId: string,
  key: string,
  hash: string,
): Promise<string | null> {
  const earlier = await repo.findByIdempotencyKey(trx, clinicId, key);
  if (!earlier) return null;
  if (earlier.request_hash !== hash) throw keyReused();
  return earlier.id;
}
