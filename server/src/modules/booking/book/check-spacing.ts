import type { Trx } from '../../../platform/db/database';
import { AppError } from '../../../platform/errors/app-error';
import * as repo from '../appointments.repo';
import { spacingConflicts } from '../spacing';
import { wallClockOf } from '../wall-clock';
import type { ResolvedBooking } from './resolve-booking';
import type { SeriesSession } from './series-session';

/** Series allow at most a year between sessions, so a year either side holds every neighbour. */
const WINDOW_MS = 366 * 86_400_000;

/**
 * A needling visit at least the minimum interval from the patient's other needling sessions
 * (spacing.ts), or a prescriber's recorded override: 409 SPACING_TOO_CLOSE otherwise. Returns
 * the override to store when one was needed. The patient's row is locked by the caller, so
 * two bookings of one patient cannot both pass this check.
 */
export async function checkSpacing(
  trx: Trx,
  clinicId: string,
  patientId: string,
  booking: ResolvedBooking,
  session: SeriesSession | null,
  override: { reason: string; by: string } | null,
): Promise<{ reason: string; by: string } | null> {
  if (booking.service.kind !== 'treatment') return null;
  const from = new Date(booking.start.getTime() - WINDOW_MS);
  const to = new Date(booking.start.getTime() + WINDOW_MS);
  const sessions = await repo.needlingSessions(trx, clinicId, patientId, from, to);
  const others = sessions.map((s) => ({
    appointmentId: s.id,
    date: wallClockOf(s.starts_at, s.time_zone).date,
    start: s.starts_at,
    minIntervalDays: s.min_interval_days,
  }));
  const planned = { date: booking.wall.date, minIntervalDays: session?.series.min_interval_days ?? null };
  const conflicts = spacingConflicts(planned, others);
  if (conflicts.length === 0) return null;
  if (override) return override;
  const [nearest] = [...conflicts].sort((a, b) => a.days - b.days);
  throw new AppError(
    'SPACING_TOO_CLOSE',
    `Another needling session is ${nearest!.days} days away; at least ${nearest!.minimumDays} days are needed unless a prescriber overrides`,
    { conflicts },
  );
}
