import type { AppointmentWarning } from '@corium/contracts';
import type { Trx } from '../../../platform/db/database';
import { AppError } from '../../../platform/errors/app-error';
import * as repo from '../appointments.repo';
import { otherTreatmentFindings, type OtherTreatmentFinding } from '../other-treatment-spacing';
import * as otherTreatments from '../other-treatments.repo';
import { spacingConflicts, type SpacingConflict } from '../spacing';
import { addDays, wallClockOf } from '../wall-clock';
import type { ResolvedBooking } from './resolve-booking';
import { plannedZones } from './screening-gate';
import type { SeriesSession } from './series-session';

/** Series allow at most a year between sessions, so a year either side holds every neighbour. */
const WINDOW_MS = 366 * 86_400_000;
/** The longest gap any other-treatment rule asks for is 28 days; a little more is read. */
const OTHER_TREATMENT_WINDOW_DAYS = 35;

type Override = { reason: string; by: string };
export interface SpacingOutcome {
  /** The override to store when one was needed. */
  override: Override | null;
  warnings: AppointmentWarning[];
}

async function needlingConflicts(
  trx: Trx,
  clinicId: string,
  patientId: string,
  visit: { booking: ResolvedBooking; session: SeriesSession | null; movingId?: string },
): Promise<SpacingConflict[]> {
  const { booking, session } = visit;
  const from = new Date(booking.start.getTime() - WINDOW_MS);
  const to = new Date(booking.start.getTime() + WINDOW_MS);
  const sessions = await repo.needlingSessions(trx, clinicId, patientId, from, to);
  const others = sessions
    .filter((s) => s.id !== visit.movingId)
    .map((s) => ({
      appointmentId: s.id,
      date: wallClockOf(s.starts_at, s.time_zone).date,
      start: s.starts_at,
      minIntervalDays: s.min_interval_days,
    }));
  const planned = { date: booking.wall.date, minIntervalDays: session?.series.min_interval_days ?? null };
  return spacingConflicts(planned, others);
}

async function otherTreatmentsNear(
  trx: Trx,
  clinicId: string,
  patientId: string,
  visit: { booking: ResolvedBooking; session: SeriesSession | null },
): Promise<OtherTreatmentFinding[]> {
  const { date } = visit.booking.wall;
  const span = OTHER_TREATMENT_WINDOW_DAYS;
  const rows = await otherTreatments.currentBetween(
    trx,
    clinicId,
    patientId,
    addDays(date, -span),
    addDays(date, span),
  );
  const recorded = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    date: r.given_on,
    zones: r.zones as Parameters<typeof otherTreatmentFindings>[1][number]['zones'],
  }));
  const planned = { date, modality: visit.booking.service.modality!, zones: plannedZones(visit.session) };
  return otherTreatmentFindings(planned, recorded);
}

const daysAway = (days: number) =>
  days === 0 ? 'on the same day' : `${days} day${days === 1 ? '' : 's'} away`;

function refusal(conflicts: SpacingConflict[], findings: OtherTreatmentFinding[]): AppError {
  const [nearest] = [...conflicts].sort((a, b) => a.days - b.days);
  const message = nearest
    ? `Another needling session is ${daysAway(nearest.days)}; at least ${nearest.minimumDays} days are needed unless a prescriber overrides`
    : `${findings[0]!.message} (rule ${findings[0]!.ruleId}); a prescriber may override`;
  return new AppError('SPACING_TOO_CLOSE', message, { conflicts, otherTreatments: findings });
}

/**
 * A needling visit at least the minimum interval from the patient's other needling sessions
 * (spacing.ts) and from toxin or filler in the same region (other-treatment-spacing.ts), or a
 * prescriber's recorded override: 409 SPACING_TOO_CLOSE otherwise, listing every conflict. A
 * peel or laser nearby only warns. `movingId` is the visit being moved: not its own neighbour.
 * The patient's row is locked by the caller, so two bookings of one patient cannot both pass.
 */
export async function checkSpacing(
  trx: Trx,
  clinicId: string,
  patientId: string,
  visit: { booking: ResolvedBooking; session: SeriesSession | null; movingId?: string },
  override: Override | null,
): Promise<SpacingOutcome> {
  if (visit.booking.service.kind !== 'treatment') return { override: null, warnings: [] };
  const conflicts = await needlingConflicts(trx, clinicId, patientId, visit);
  const findings = await otherTreatmentsNear(trx, clinicId, patientId, visit);
  const refusing = findings.filter((f) => f.level === 'refuse');
  const needsOverride = conflicts.length > 0 || refusing.length > 0;
  if (needsOverride && !override) throw refusal(conflicts, refusing);
  const warnings = findings.map((f) => ({ code: f.ruleId, message: f.sameDayAdvice ?? f.message }));
  return { override: needsOverride ? override : null, warnings };
}
