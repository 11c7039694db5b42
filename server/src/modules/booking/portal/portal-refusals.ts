import {
  refusalWords,
  type ErrorCode,
  type FieldIssue,
  type PatientRefusal,
  type PatientRefusalReason,
  type PortalBookRequest,
  type PortalSlot,
} from '@corium/contracts';
import type { Deps } from '../../../deps';
import type { Principal } from '../../../platform/auth/policy';
import { AppError } from '../../../platform/errors/app-error';
import { readScreening } from '../../screening/patient-screenings.service';
import { findAvailability } from '../availability.service';
import * as catalog from '../catalog.repo';
import * as seriesRepo from '../treatment-series.repo';
import { addDays, wallClockOf } from '../wall-clock';
import { toPortalSlots } from './portal-slots';
import { earliestTreatmentDay } from './spacing-window';

/**
 * Booking's refusals as a patient may see them: the same code and status, a sentence in plain
 * words, and details that never carry clinical reasons — for the screening only the findings'
 * patient-facing messages.
 */

/** What booking's SPACING_TOO_CLOSE details list (spacing.ts). */
interface SpacingConflictDetails {
  start: string;
  days: number;
  minimumDays: number;
}

const codeOf: Record<PatientRefusalReason, ErrorCode> = {
  slot_taken: 'SLOT_TAKEN',
  too_soon: 'SPACING_TOO_CLOSE',
  screening: 'SCREENING_BLOCKED',
  needs_clinician: 'OVERRIDE_REQUIRED',
  consent: 'CONSENT_REQUIRED',
  outside_hours: 'CONFLICT',
  already_booked: 'CONFLICT',
  series_full: 'CONFLICT',
  consultation_first: 'CONFLICT',
  cancel_too_late: 'CONFLICT',
  move_too_late: 'CONFLICT',
  offer_gone: 'CONFLICT',
};

export function patientRefusalError(refusal: PatientRefusal): AppError {
  const words = refusalWords(refusal);
  return new AppError(codeOf[refusal.reason], `${words.sentence} ${words.nextStep}`, refusal);
}

export interface RefusedBooking {
  patientId: string;
  request: Pick<PortalBookRequest, 'serviceId' | 'locationId' | 'start' | 'seriesId'>;
  /** Set when an existing visit was being moved. */
  movingId?: string;
}

/** How many next free times a patient who lost a slot is shown, and over how many days. */
const NEXT_SLOTS = 6;
const NEXT_SLOT_DAYS = 14;

async function nextSlots(deps: Deps, principal: Principal, refused: RefusedBooking): Promise<PortalSlot[]> {
  const { clinicId } = principal;
  const location = await catalog.findLocation(deps.db, clinicId, refused.request.locationId);
  const service = await catalog.findService(deps.db, clinicId, refused.request.serviceId);
  if (!location || !service) return [];
  const from = wallClockOf(new Date(refused.request.start), location.time_zone).date;
  const query = {
    serviceId: service.id,
    locationId: location.id,
    from,
    to: addDays(from, NEXT_SLOT_DAYS),
    limit: NEXT_SLOTS + 1,
  };
  const taken = new Date(refused.request.start).getTime();
  const free = (await findAvailability(deps, principal, query)).slots.filter(
    (s) => Date.parse(s.start) !== taken,
  );
  return toPortalSlots(deps.db, clinicId, service, free.slice(0, NEXT_SLOTS));
}

async function spacingRefusal(
  deps: Deps,
  principal: Principal,
  refused: RefusedBooking,
  details: unknown,
): Promise<PatientRefusal> {
  const { clinicId } = principal;
  const conflicts = (details as { conflicts?: SpacingConflictDetails[] } | undefined)?.conflicts ?? [];
  const [nearest] = [...conflicts].sort((a, b) => a.days - b.days);
  // Too close to a toxin or filler treatment rather than a needling session: no day is promised.
  if (!nearest) return { reason: 'too_soon' };
  const location = await catalog.findLocation(deps.db, clinicId, refused.request.locationId);
  const timeZone = location?.time_zone ?? 'UTC';
  const day = wallClockOf(new Date(refused.request.start), timeZone).date;
  const earliestDay = await deps.db.transaction().execute(async (trx) => {
    const series = refused.request.seriesId
      ? await seriesRepo.findSeries(trx, clinicId, refused.patientId, refused.request.seriesId)
      : undefined;
    const minimum = series?.min_interval_days ?? null;
    return earliestTreatmentDay(trx, clinicId, refused.patientId, day, minimum, refused.movingId);
  });
  return {
    reason: 'too_soon',
    otherSessionDay: wallClockOf(new Date(nearest.start), timeZone).date,
    daysApart: nearest.days,
    minimumDays: nearest.minimumDays,
    earliestDay,
  };
}

/** Only what the screening says to the patient: the findings' patient-facing messages. */
async function screeningRefusal(
  deps: Deps,
  principal: Principal,
  refused: RefusedBooking,
  error: AppError,
): Promise<PatientRefusal> {
  const reason = error.code === 'SCREENING_BLOCKED' ? 'screening' : 'needs_clinician';
  const screeningId = (error.details as { screeningId?: string } | undefined)?.screeningId;
  if (!screeningId) return { reason };
  const screening = await deps.db
    .transaction()
    .execute((trx) => readScreening(trx, principal.clinicId, refused.patientId, screeningId));
  const relevant = screening.result.findings.filter((f) =>
    reason === 'screening' ? f.level === 'block' : screening.awaitingOverride.includes(f.ruleId),
  );
  return { reason, patientMessages: [...new Set(relevant.map((f) => f.patientMessage))] };
}

const issuesOf = (error: AppError): FieldIssue[] =>
  Array.isArray(error.details) ? (error.details as FieldIssue[]) : [];

/** A time no longer bookable: outside hours, in the past, a resource gone. Other invalid input stays as it is. */
const aboutTheTime = (error: AppError): boolean => {
  const issues = issuesOf(error);
  return issues.length > 0 && issues.every((i) => i.path === 'start' || i.path.startsWith('assignment'));
};

/** The patient-safe form of a booking refusal; anything else passes unchanged. */
export async function toPatientRefusal(
  deps: Deps,
  principal: Principal,
  refused: RefusedBooking,
  error: unknown,
): Promise<unknown> {
  if (!(error instanceof AppError)) return error;
  switch (error.code) {
    case 'SLOT_TAKEN':
      return patientRefusalError({
        reason: 'slot_taken',
        nextSlots: await nextSlots(deps, principal, refused),
      });
    case 'SPACING_TOO_CLOSE':
      return patientRefusalError(await spacingRefusal(deps, principal, refused, error.details));
    case 'SCREENING_BLOCKED':
    case 'OVERRIDE_REQUIRED':
      return patientRefusalError(await screeningRefusal(deps, principal, refused, error));
    case 'CONSENT_REQUIRED':
      return patientRefusalError({ reason: 'consent' });
    case 'CONFLICT':
      return patientRefusalError({
        reason: issuesOf(error).some((i) => i.path === 'seriesId') ? 'series_full' : 'already_booked',
      });
    case 'VALIDATION_FAILED':
      return aboutTheTime(error) ? patientRefusalError({ reason: 'outside_hours' }) : error;
    default:
      return error;
  }
}
