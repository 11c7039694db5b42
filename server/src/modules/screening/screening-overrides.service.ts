import type { OverrideRequest, PatientScreening, ScreeningResult } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { overrideCheck, type OverrideCheck } from './clearance';
import * as repo from './patient-screenings.repo';
import { invalid, readScreening } from './patient-screenings.service';

function refusal(why: Exclude<OverrideCheck, { allowed: true }>['why'], ruleId: string): AppError {
  switch (why) {
    case 'no_such_finding':
      return invalid('This screening has no such finding', [
        { path: 'ruleId', message: `This screening has no finding ${ruleId}` },
      ]);
    case 'not_needed':
      return invalid('This finding needs no override', [
        {
          path: 'ruleId',
          message: `${ruleId} needs no override: it informs the practitioner, it does not stop treatment`,
        },
      ]);
    case 'block':
      return new AppError(
        'NOT_OVERRIDABLE',
        `${ruleId} blocks treatment and cannot be overridden: the treatment must wait until it no longer applies, then screen again`,
        { ruleId },
      );
    case 'already_overridden':
      return new AppError('CONFLICT', `${ruleId} has already been overridden on this screening`, { ruleId });
  }
}

/**
 * A refused attempt to sign is worth knowing about: recorded in a transaction of its own,
 * since the refusal rolls back nothing else.
 */
function recordRefusedSignature(
  deps: Deps,
  principal: Principal,
  patientId: string,
  screeningId: string,
  request: OverrideRequest,
  meta: RequestMeta,
): Promise<void> {
  return deps.db.transaction().execute((trx) =>
    recordAudit(
      trx,
      actorOf(principal, meta),
      {
        action: 'access_denied',
        resourceType: 'screening_override',
        resourceId: screeningId,
        patientIds: [patientId],
        outcome: 'denied',
        details: { ruleId: request.ruleId, reason: 'not a prescriber' },
      },
      deps.clock.now(),
    ),
  );
}

/** The override row and its audit event: who signed what, with the reason, in one transaction. */
async function recordOverride(
  trx: Trx,
  deps: Deps,
  principal: Principal,
  target: { patientId: string; screeningId: string; level: 'warn' | 'needs-doctor' },
  request: OverrideRequest,
  meta: RequestMeta,
): Promise<void> {
  const id = newId();
  const now = deps.clock.now();
  const { patientId, screeningId, level } = target;
  await repo.insertOverride(trx, {
    id,
    clinic_id: principal.clinicId,
    evaluation_id: screeningId,
    patient_id: patientId,
    rule_id: request.ruleId,
    level,
    reason: request.reason,
    signed_by: principal.userId,
    signed_at: now,
  });
  const details = { screeningId, ruleId: request.ruleId, level, reason: request.reason };
  const event = { resourceType: 'screening_override', resourceId: id, patientIds: [patientId], details };
  await recordAudit(trx, actorOf(principal, meta), { action: 'create', ...event }, now);
}

/**
 * A prescriber's signed override of one finding, with the written reason. Only findings the
 * screening recorded as needing one qualify; a `block` never does — the treatment must wait.
 */
export async function signOverride(
  deps: Deps,
  principal: Principal,
  patientId: string,
  screeningId: string,
  request: OverrideRequest,
  meta: RequestMeta,
): Promise<PatientScreening> {
  if (!principal.isPrescriber) {
    await recordRefusedSignature(deps, principal, patientId, screeningId, request, meta);
    throw new AppError('FORBIDDEN', 'Only a prescriber can sign an override of a screening finding');
  }
  return deps.db.transaction().execute(async (trx) => {
    const row = await repo.findEvaluation(trx, principal.clinicId, patientId, screeningId);
    if (!row) throw new AppError('NOT_FOUND', 'This patient has no such screening');
    const signed = await repo.overridesOf(trx, principal.clinicId, [row.id]);
    const overridden = signed.map((o) => o.rule_id);
    const result = row.result as ScreeningResult;
    const check = overrideCheck(result, row.needs_override, overridden, request.ruleId);
    if (!check.allowed) throw refusal(check.why, request.ruleId);
    const target = { patientId, screeningId, level: check.level };
    await recordOverride(trx, deps, principal, target, request, meta);
    return readScreening(trx, principal.clinicId, patientId, screeningId);
  });
}
