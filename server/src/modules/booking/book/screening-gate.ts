import type { PatientScreening, PlannedTreatment, ZoneId } from '@corium/contracts';
import type { Deps } from '../../../deps';
import type { Principal, RequestMeta } from '../../../platform/auth/policy';
import type { Trx } from '../../../platform/db/database';
import { AppError } from '../../../platform/errors/app-error';
import { screeningSubject } from '../../patients/history.service';
import { readScreening, screenPatient } from '../../screening/patient-screenings.service';
import type { ResolvedBooking } from './resolve-booking';
import type { SeriesSession } from './series-session';

/** A treatment outside a series is planned on the face, periorbital skin aside. */
const FACE_ZONES: ZoneId[] = [
  'forehead',
  'temples',
  'nose',
  'cheeks',
  'upper_lip',
  'perioral',
  'chin',
  'jawline',
];
/**
 * Booking asks whether the patient may be treated that day; depth per zone is screened again on
 * the day with the session's settings. A screening takes one depth for all zones, so it is
 * given the plan's shallowest (a series of cheeks 1.5 mm and periorbital 0.25 mm would
 * otherwise be over the periorbital cap), or 0.5 mm, a superficial setting, outside a series.
 */
const UNPLANNED_DEPTH_MM = 0.5;
/** A cleared screening stands for a booking this long, if the history has not changed since. */
const REUSE_MS = 30 * 86_400_000;

export type Gate = { screeningId: string | null } | { refusal: AppError };

/** The zones a visit needles: its series' planned zones, or the face outside a series. */
export function plannedZones(session: SeriesSession | null): ZoneId[] {
  const zones = Object.keys(session?.series.planned_depth_mm ?? {}) as ZoneId[];
  return zones.length > 0 ? zones : FACE_ZONES;
}

function plannedTreatment(booking: ResolvedBooking, session: SeriesSession | null): PlannedTreatment {
  const depths = (session?.series.planned_depth_mm ?? {}) as Partial<Record<ZoneId, number>>;
  const zones = Object.keys(depths) as ZoneId[];
  return {
    date: booking.wall.date,
    modality: booking.service.modality!,
    zones: zones.length > 0 ? zones : FACE_ZONES,
    maxDepthMm: zones.length > 0 ? Math.min(...Object.values(depths)) : UNPLANNED_DEPTH_MM,
  };
}

function decide(screening: PatientScreening): Gate {
  const details = { screeningId: screening.id, awaitingOverride: screening.awaitingOverride };
  if (screening.status === 'clear_to_treat') return { screeningId: screening.id };
  if (screening.status === 'awaiting_override')
    return {
      refusal: new AppError(
        'OVERRIDE_REQUIRED',
        'The screening for this date has findings a prescriber must override before booking',
        details,
      ),
    };
  const blocking = screening.result.findings.filter((f) => f.level === 'block').map((f) => f.ruleId);
  return {
    refusal: new AppError('SCREENING_BLOCKED', 'The screening does not allow this treatment on this date', {
      screeningId: screening.id,
      blockedBy: blocking,
    }),
  };
}

/** The given screening, if it is this patient's, recent, of the current history, and covers this visit. */
async function reusable(
  trx: Trx,
  deps: Deps,
  principal: Principal,
  patientId: string,
  screeningId: string,
  plan: PlannedTreatment,
): Promise<PatientScreening | null> {
  const screening = await readScreening(trx, principal.clinicId, patientId, screeningId).catch(
    (error: unknown) => {
      if (error instanceof AppError && error.code === 'NOT_FOUND')
        throw new AppError('VALIDATION_FAILED', 'This patient has no such screening', [
          { path: 'screeningId', message: 'This patient has no such screening' },
        ]);
      throw error;
    },
  );
  const subject = await screeningSubject(trx, principal.clinicId, patientId);
  const screened = screening.plannedTreatment;
  const fresh =
    deps.clock.now().getTime() - Date.parse(screening.createdAt) <= REUSE_MS &&
    screening.historyVersion === (subject.history?.version ?? null);
  const covers =
    screened.date === plan.date &&
    screened.modality === plan.modality &&
    plan.zones.every((zone) => screened.zones.includes(zone)) &&
    screened.maxDepthMm >= plan.maxDepthMm;
  return fresh && covers ? screening : null;
}

/**
 * Treatments are screened for their date ('booking' occasion) before they are booked:
 * `clear_to_treat` books, `awaiting_override` and `blocked` refuse with the screening's id so a
 * prescriber can act on it. The new screening is stored even when the booking is refused.
 */
export async function screeningGate(
  trx: Trx,
  deps: Deps,
  principal: Principal,
  patientId: string,
  visit: { booking: ResolvedBooking; session: SeriesSession | null; screeningId: string | undefined },
  meta: RequestMeta,
): Promise<Gate> {
  const { booking, session, screeningId } = visit;
  if (booking.service.kind !== 'treatment') return { screeningId: null };
  const plan = plannedTreatment(booking, session);
  const given = screeningId ? await reusable(trx, deps, principal, patientId, screeningId, plan) : null;
  if (given) return decide(given);
  const isFirstSession = session ? session.sessionNumber === 1 : undefined;
  const request = { occasion: 'booking' as const, plannedTreatment: plan, isFirstSession };
  return decide(await screenPatient(trx, deps, principal, patientId, request, meta));
}
