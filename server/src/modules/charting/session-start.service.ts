import type {
  ConsentTreatment,
  Modality,
  PatientScreening,
  SessionChart,
  SessionReadiness,
  StartSessionRequest,
} from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { consentCover } from '../consent/consent-validity';
import { baselinePhotosTaken } from '../photos/photo-reads.service';
import { screeningSubject } from '../patients/history.service';
import { readScreening } from '../screening/patient-screenings.service';
import { chartEvent, dayAt, findChart, usableDevice } from './session-access';
import * as repo from './sessions.repo';
import { firstFailure, PHOTOS_MESSAGE, startChecks, type CheckOutcome } from './start-checks';

/**
 * Starting a session: the checks of `start-checks.ts`, in order, over facts read in one
 * transaction. The day-of screening is the one the room made today through
 * `POST /api/patients/:id/screenings/day-of` (the patient or practitioner attests what changed):
 * the newest one for the visit's day and treatment counts, if it screened the medical history
 * still in force. Starting never screens by itself, because only a person can attest the day-of
 * answers.
 */

const consentFor: Record<Modality, ConsentTreatment> = {
  microneedling: 'microneedling',
  'rf-microneedling': 'rf_microneedling',
};

interface Gathered {
  checks: CheckOutcome[];
  screening: PatientScreening | null;
  consentId: string | null;
  sessionId: string | null;
}

async function todaysScreening(
  trx: Trx,
  clinicId: string,
  visit: repo.VisitRow,
  date: string,
): Promise<PatientScreening | null> {
  const found = await repo.latestDayOfScreening(trx, clinicId, visit.patient_id, date);
  if (!found) return null;
  const screening = await readScreening(trx, clinicId, visit.patient_id, found.id);
  return screening.plannedTreatment.modality === visit.modality ? screening : null;
}

async function gather(trx: Trx, deps: Deps, clinicId: string, visit: repo.VisitRow): Promise<Gathered> {
  const now = deps.clock.now();
  const modality = visit.modality;
  if (visit.service_kind !== 'treatment' || !modality)
    throw new AppError('CONFLICT', 'Only a treatment visit has a session chart');
  const date = dayAt(visit.starts_at, visit.time_zone);
  const screening = await todaysScreening(trx, clinicId, visit, date);
  const subject = await screeningSubject(trx, clinicId, visit.patient_id);
  const consent = await consentCover(trx, clinicId, visit.patient_id, consentFor[modality], now);
  const checks = startChecks({
    visit: {
      status: visit.status,
      date,
      today: dayAt(now, visit.time_zone),
      checkedIn: !!visit.checked_in_at,
    },
    screening: screening && {
      status: screening.status,
      stale: screening.historyVersion !== (subject.history?.version ?? null),
      blockedBy: screening.result.findings.filter((f) => f.level === 'block').map((f) => f.ruleId),
      awaitingOverride: screening.awaitingOverride,
    },
    consent,
    photosTakenToday: await baselinePhotosTaken(trx, clinicId, visit.patient_id, date),
  });
  const session = await repo.sessionOfVisit(trx, clinicId, visit.id);
  const consentId = 'consentId' in consent ? consent.consentId : null;
  return { checks, screening, consentId, sessionId: session?.id ?? null };
}

async function visitOf(trx: Trx, clinicId: string, patientId: string, appointmentId: string, lock: boolean) {
  const visit = lock
    ? await repo.lockVisit(trx, clinicId, patientId, appointmentId)
    : await repo.findVisit(trx, clinicId, patientId, appointmentId);
  if (!visit) throw new AppError('NOT_FOUND', 'This patient has no such appointment');
  return visit;
}

/** What the room sees before starting: each check with its words, overrides, today's caps. */
export function sessionReadiness(
  deps: Deps,
  principal: Principal,
  patientId: string,
  appointmentId: string,
  meta: RequestMeta,
): Promise<SessionReadiness> {
  return deps.db.transaction().execute(async (trx) => {
    const visit = await visitOf(trx, principal.clinicId, patientId, appointmentId, false);
    const { checks, screening, sessionId } = await gather(trx, deps, principal.clinicId, visit);
    const event = { ...chartEvent('read', patientId, sessionId, { readiness: appointmentId }) };
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
    return {
      appointmentId,
      checks: checks.map(({ step, ok, message }) => ({ step, ok, message })),
      canStart: checks.every((check) => check.ok || check.step === 'photos'),
      overrides: (screening?.overrides ?? []).map((o) => ({
        ruleId: o.ruleId,
        reason: o.reason,
        by: { id: o.signedBy.id, name: o.signedBy.displayName },
      })),
      depthCaps: screening?.result.depthCapsMm ?? {},
      sessionId,
    };
  });
}

function refuseStart(gathered: Gathered, request: StartSessionRequest): void {
  if (gathered.sessionId)
    throw new AppError('CONFLICT', 'A session has already been started for this visit', {
      sessionId: gathered.sessionId,
    });
  const failed = firstFailure(gathered.checks);
  if (failed) throw new AppError(failed.code!, failed.message, { step: failed.step });
  const photosCheck = gathered.checks.find((check) => check.step === 'photos');
  if (request.photos === 'taken' && !photosCheck?.ok)
    throw new AppError('VALIDATION_FAILED', PHOTOS_MESSAGE, [{ path: 'photos', message: PHOTOS_MESSAGE }]);
}

/** Starts the visit's session once every check passes; the first failing check's words otherwise. */
export function startSession(
  deps: Deps,
  principal: Principal,
  patientId: string,
  request: StartSessionRequest,
  meta: RequestMeta,
): Promise<SessionChart> {
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    const visit = await visitOf(trx, clinicId, patientId, request.appointmentId, true);
    const gathered = await gather(trx, deps, clinicId, visit);
    refuseStart(gathered, request);
    const modality = visit.modality!;
    const deviceId = request.deviceId ?? (await repo.visitDevice(trx, clinicId, visit.id))?.device_id ?? null;
    if (deviceId) await usableDevice(trx, clinicId, deviceId, { locationId: visit.location_id, modality });
    const id = newId();
    const now = deps.clock.now();
    await repo.insertSession(trx, {
      ...{ id, clinic_id: clinicId, patient_id: patientId, appointment_id: visit.id },
      ...{ practitioner_id: principal.userId, modality, series_id: visit.series_id },
      ...{ session_number: visit.session_number, screening_id: gathered.screening!.id },
      ...{
        consent_id: gathered.consentId!,
        photos: request.photos,
        photos_reason: request.photosReason ?? null,
      },
      ...{ device_id: deviceId, started_at: now, started_by: principal.userId },
    });
    const details = { appointmentId: visit.id, screeningId: gathered.screening!.id, photos: request.photos };
    await recordAudit(trx, actorOf(principal, meta), chartEvent('create', patientId, id, details), now);
    return findChart(trx, clinicId, patientId, id, now);
  });
}
