import type { ClearanceStatus, ErrorCode, StartCheck } from '@corium/contracts';

/**
 * What is checked, in order, before a session starts (issue 7): the patient is checked in,
 * today's day-of screening is done and does not stop treatment, the consent is valid on the
 * current template, and there are baseline photos — or a recorded reason why not (the patient
 * declined, the camera was unavailable). Pure: the service gathers the facts.
 */

export interface StartFacts {
  visit: { status: string; date: string; today: string; checkedIn: boolean };
  /** Today's day-of screening for the visit's treatment; null when none was done. */
  screening: null | {
    status: ClearanceStatus;
    /** The medical history changed after the check. */
    stale: boolean;
    blockedBy: string[];
    awaitingOverride: string[];
  };
  consent: { consentId: string } | { refusal: string };
  /** Photos of the patient taken on the visit's day (the baseline for this session). */
  photosTakenToday: boolean;
}

export interface CheckOutcome extends StartCheck {
  /** The error a start refused at this step answers with. */
  code: ErrorCode | null;
}

const pass = (step: StartCheck['step'], message: string): CheckOutcome => ({
  step,
  ok: true,
  message,
  code: null,
});
const fail = (step: StartCheck['step'], code: ErrorCode, message: string): CheckOutcome => ({
  step,
  ok: false,
  message,
  code,
});

function checkedIn(visit: StartFacts['visit']): CheckOutcome {
  if (visit.status !== 'booked')
    return fail(
      'checked_in',
      'CONFLICT',
      `This visit is ${visit.status.replace('_', '-')}: it cannot be treated`,
    );
  if (visit.date !== visit.today)
    return fail(
      'checked_in',
      'CONFLICT',
      `This visit is on ${visit.date}: a session starts on the day of the visit`,
    );
  if (!visit.checkedIn)
    return fail(
      'checked_in',
      'CONFLICT',
      'The patient is not checked in yet: check them in at the front desk first',
    );
  return pass('checked_in', 'The patient is checked in');
}

function screened(screening: StartFacts['screening']): CheckOutcome {
  if (!screening)
    return fail(
      'screening',
      'CONFLICT',
      'Do the day-of check (has anything changed since last time?) before starting',
    );
  if (screening.stale)
    return fail(
      'screening',
      'CONFLICT',
      "The medical history changed after today's check: do the day-of check again",
    );
  if (screening.status === 'blocked')
    return fail(
      'screening',
      'SCREENING_BLOCKED',
      `Today's screening does not allow treatment (${screening.blockedBy.join(', ')}): the treatment must wait`,
    );
  if (screening.status === 'awaiting_override')
    return fail(
      'screening',
      'OVERRIDE_REQUIRED',
      `Today's screening has findings a prescriber must override first (${screening.awaitingOverride.join(', ')})`,
    );
  return pass('screening', "Today's screening allows treatment");
}

export const PHOTOS_MESSAGE =
  'No photos of the patient were taken today: take the baseline photos, or record why they were declined or unavailable';

const photos = (takenToday: boolean): CheckOutcome =>
  takenToday
    ? pass('photos', "Today's baseline photos are taken")
    : fail('photos', 'VALIDATION_FAILED', PHOTOS_MESSAGE);

/** Every check, in order; missing photos do not stop a start that records why there are none. */
export function startChecks(facts: StartFacts): CheckOutcome[] {
  const consent =
    'consentId' in facts.consent
      ? pass('consent', 'A valid consent on the current template is on file')
      : fail('consent', 'CONSENT_REQUIRED', facts.consent.refusal);
  return [checkedIn(facts.visit), screened(facts.screening), consent, photos(facts.photosTakenToday)];
}

/** The first check a start cannot pass (photos are answered by the request), or null. */
export const firstFailure = (checks: readonly CheckOutcome[]): CheckOutcome | null =>
  checks.find((check) => !check.ok && check.step !== 'photos') ?? null;
