import type {
  AlertLevel,
  CheckInAnswers,
  CheckInForm,
  CheckInOutcome,
  TriageResult,
} from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit, type AuditActor } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import { hashToken } from '../../platform/auth/tokens';
import type { Executor, Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { ownPatientId } from '../patients/patients.service';
import { raiseAlert } from './alerts/raise-alert';
import { checkInFormFor, nextStepFor } from './check-ins/check-in-form';
import * as repo from './check-ins.repo';
import type { TreatmentFacts } from './plan/build-plan';
import { expectedCourse } from './triage/expected-course';
import { redFlagsAsked, triageCheckIn } from './triage/triage';
import { longDate } from '../consent/consent-time';

/**
 * A patient's check-in: the form, and answering it — from the portal when signed in, or from
 * the e-mailed link without a password (the link opens that one form and is used up by
 * answering). Answering triages at once; anything but `expected` raises an alert in the same
 * transaction, and the patient is told what happens next.
 */

const NO_LINK = 'This link has expired or was already used. Sign in to your patient portal to check in.';

const formOf = (c: repo.CheckInContext): CheckInForm =>
  checkInFormFor(
    { id: c.id, day: c.day, dueDate: c.due_date },
    {
      facts: c.facts as TreatmentFacts,
      patientFirstName: c.given_name,
      clinicName: c.clinic_name,
      language: c.language,
    },
    expectedCourse,
  );

/** Open now, and its plan still running: otherwise a plain refusal naming why. */
function assertOpen(c: repo.CheckInContext, now: Date): void {
  if (c.plan_status !== 'active' || c.status === 'cancelled' || c.merged_into || c.restricted_at)
    throw new AppError('CONFLICT', 'This check-in is no longer needed.');
  if (c.status === 'submitted')
    throw new AppError('CONFLICT', 'This check-in has already been answered. Thank you.');
  if (now < c.opens_at) throw new AppError('CONFLICT', `This check-in opens on ${longDate(c.due_date)}.`);
  if (now >= c.closes_at)
    throw new AppError('CONFLICT', 'This check-in has closed. If you are worried, call the clinic.');
}

/** The link's own audit actor: the patient, through the link (no session). */
const linkActor = (c: repo.CheckInContext, meta: RequestMeta): AuditActor => ({
  clinicId: c.clinic_id,
  userId: c.patient_user_id,
  role: 'patient',
  tokenId: null,
  ip: meta.ip,
  requestId: meta.requestId,
});

async function portalCheckIn(deps: Deps, db: Executor, principal: Principal, checkInId: string) {
  const patientId = await ownPatientId(deps, principal);
  const checkIn = await repo.findCheckIn(db, principal.clinicId, checkInId);
  if (!checkIn || checkIn.patient_id !== patientId)
    throw new AppError('NOT_FOUND', 'No check-in with this id');
  return checkIn;
}

export async function getPortalCheckInForm(
  deps: Deps,
  principal: Principal,
  checkInId: string,
  meta: RequestMeta,
): Promise<CheckInForm> {
  return deps.db.transaction().execute(async (trx) => {
    const checkIn = await portalCheckIn(deps, trx, principal, checkInId);
    const now = deps.clock.now();
    assertOpen(checkIn, now);
    await recordAudit(trx, actorOf(principal, meta), readEvent(checkIn), now);
    return formOf(checkIn);
  });
}

const readEvent = (c: repo.CheckInContext) => ({
  action: 'read' as const,
  resourceType: 'aftercare_check_in',
  resourceId: c.id,
  patientIds: [c.patient_id],
});

export async function openLinkForm(deps: Deps, token: string, meta: RequestMeta): Promise<CheckInForm> {
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const checkIn = await repo.findCheckInByToken(trx, hashToken(token), now);
    if (!checkIn) throw new AppError('NOT_FOUND', NO_LINK);
    assertOpen(checkIn, now);
    await recordAudit(
      trx,
      linkActor(checkIn, meta),
      { ...readEvent(checkIn), details: { via: 'link' } },
      now,
    );
    return formOf(checkIn);
  });
}

export async function submitPortalCheckIn(
  deps: Deps,
  principal: Principal,
  checkInId: string,
  answers: CheckInAnswers,
  meta: RequestMeta,
): Promise<CheckInOutcome> {
  return deps.db.transaction().execute(async (trx) => {
    const checkIn = await portalCheckIn(deps, trx, principal, checkInId);
    return submitAnswers(trx, deps, checkIn, answers, { via: 'portal', actor: actorOf(principal, meta) });
  });
}

export async function submitLinkAnswers(
  deps: Deps,
  token: string,
  answers: CheckInAnswers,
  meta: RequestMeta,
): Promise<CheckInOutcome> {
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const hash = hashToken(token);
    const checkIn = await repo.findCheckInByToken(trx, hash, now);
    if (!checkIn) throw new AppError('NOT_FOUND', NO_LINK);
    const outcome = await submitAnswers(trx, deps, checkIn, answers, {
      via: 'link',
      actor: linkActor(checkIn, meta),
    });
    const used = await repo.useLink(trx, hash, now);
    // Another answer with the same link committed first: this one must not count too.
    if (Number(used.numUpdatedRows) !== 1) throw new AppError('NOT_FOUND', NO_LINK);
    return outcome;
  });
}

/** Every red-flag question the day's form asked needs a yes or a no. */
function assertComplete(c: repo.CheckInContext, answers: CheckInAnswers): void {
  const missing = redFlagsAsked(c.day, c.facts as TreatmentFacts, expectedCourse).filter(
    (rule) => answers.redFlags[rule.id] === undefined,
  );
  if (missing.length > 0)
    throw new AppError(
      'VALIDATION_FAILED',
      'Please answer every yes/no question',
      missing.map((rule) => ({ path: `answers.redFlags.${rule.id}`, message: 'Answer yes or no' })),
    );
}

async function submitAnswers(
  trx: Trx,
  deps: Deps,
  checkIn: repo.CheckInContext,
  answers: CheckInAnswers,
  how: { via: 'portal' | 'link'; actor: AuditActor },
): Promise<CheckInOutcome> {
  await repo.lockCheckIn(trx, checkIn.clinic_id, checkIn.id);
  const current = (await repo.findCheckIn(trx, checkIn.clinic_id, checkIn.id))!;
  const now = deps.clock.now();
  assertOpen(current, now);
  assertComplete(current, answers);
  const facts = current.facts as TreatmentFacts;
  const triage = triageCheckIn(answers, current.day, facts, expectedCourse);
  await repo.saveAnswers(trx, current.clinic_id, current.id, {
    at: now,
    via: how.via,
    answers: JSON.stringify(answers),
    triage: JSON.stringify(triage),
    level: triage.level,
  });
  await recordAudit(
    trx,
    how.actor,
    {
      action: 'create',
      resourceType: 'aftercare_check_in',
      resourceId: current.id,
      patientIds: [current.patient_id],
      details: { via: how.via, level: triage.level },
    },
    now,
  );
  const alert =
    triage.level === 'expected'
      ? null
      : await alertFor(trx, deps, current, { level: triage.level, reasons: triage.reasons }, how.actor);
  return {
    checkInId: current.id,
    level: triage.level,
    nextStep: nextStepFor(triage.level, {
      language: current.language,
      timeZone: current.time_zone,
      respondBy: alert?.respondBy ?? null,
    }),
  };
}

/** An alert for the clinic from an answer that is not as expected. */
function alertFor(
  trx: Trx,
  deps: Deps,
  c: repo.CheckInContext,
  triage: { level: AlertLevel; reasons: TriageResult['reasons'] },
  actor: AuditActor,
) {
  return raiseAlert(
    trx,
    deps,
    {
      clinicId: c.clinic_id,
      patientId: c.patient_id,
      planId: c.plan_id,
      sessionId: c.session_id,
      practitionerId: c.practitioner_id,
      checkInId: c.id,
      level: triage.level,
      reasons: triage.reasons,
    },
    actor,
  );
}
