import type { CancelPlanRequest, PatientAftercare, PortalRecovery } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import { AppError } from '../../platform/errors/app-error';
import { ownPatientId } from '../patients/patients.service';
import { adverseEventsOfPatient } from './adverse-events.service';
import { toCheckInRecord, toPlan } from './aftercare.mapper';
import { alertsToDtos } from './alerts.service';
import * as alerts from './alerts/alerts.repo';
import * as repo from './plans.repo';

/** Reading plans (the patient's portal, the staff's aftercare tab) and cancelling one. */

/** The patient's latest plan with "today", and the check-in open now. */
export async function getPortalRecovery(
  deps: Deps,
  principal: Principal,
  meta: RequestMeta,
): Promise<PortalRecovery> {
  const patientId = await ownPatientId(deps, principal);
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const row = await repo.latestPlanOfPatient(trx, principal.clinicId, patientId);
    await recordAudit(
      trx,
      actorOf(principal, meta),
      {
        action: 'read',
        resourceType: 'aftercare_plan',
        resourceId: row?.id ?? null,
        patientIds: [patientId],
      },
      now,
    );
    if (!row) return { plan: null, dueCheckInId: null };
    const plan = toPlan(row, await repo.checkInsOfPlans(trx, principal.clinicId, [row.id]), now);
    const due = plan.status === 'cancelled' ? undefined : plan.checkIns.find((c) => c.status === 'due');
    return { plan, dueCheckInId: due?.id ?? null };
  });
}

/** Everything aftercare knows of a patient, for the staff's tab. */
export async function getPatientAftercare(
  deps: Deps,
  principal: Principal,
  patientId: string,
  meta: RequestMeta,
): Promise<PatientAftercare> {
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const rows = await repo.plansOfPatient(trx, principal.clinicId, patientId);
    const checkIns = await repo.checkInsOfPlans(
      trx,
      principal.clinicId,
      rows.map((r) => r.id),
    );
    const alertRows = await alerts.alertsOfPatient(trx, principal.clinicId, patientId);
    await recordAudit(
      trx,
      actorOf(principal, meta),
      { action: 'read', resourceType: 'aftercare', resourceId: patientId, patientIds: [patientId] },
      now,
    );
    return {
      plans: rows.map((row) => ({
        ...toPlan(row, checkIns, now),
        checkIns: checkIns.filter((c) => c.plan_id === row.id).map((c) => toCheckInRecord(c, now)),
      })),
      alerts: await alertsToDtos(trx, principal.clinicId, alertRows),
      adverseEvents: await adverseEventsOfPatient(trx, principal.clinicId, patientId),
    };
  });
}

/**
 * Stops a plan: its unanswered check-ins are cancelled, and every message still queued finds
 * the plan cancelled when its time comes and sends nothing.
 */
export async function cancelPlan(
  deps: Deps,
  principal: Principal,
  patientId: string,
  planId: string,
  request: CancelPlanRequest,
  meta: RequestMeta,
): Promise<PatientAftercare> {
  await deps.db.transaction().execute(async (trx) => {
    const plan = await repo.findPlan(trx, principal.clinicId, planId);
    if (!plan || plan.patient_id !== patientId)
      throw new AppError('NOT_FOUND', 'No aftercare plan with this id');
    const now = deps.clock.now();
    const changed = await repo.cancelPlan(trx, principal.clinicId, planId, {
      at: now,
      by: principal.userId,
      reason: request.reason,
    });
    if (Number(changed.numUpdatedRows) !== 1)
      throw new AppError('CONFLICT', 'This plan is already cancelled');
    await repo.cancelOpenCheckIns(trx, principal.clinicId, planId);
    await recordAudit(
      trx,
      actorOf(principal, meta),
      {
        action: 'update',
        resourceType: 'aftercare_plan',
        resourceId: planId,
        patientIds: [patientId],
        details: { cancelled: request.reason },
      },
      now,
    );
  });
  return getPatientAftercare(deps, principal, patientId, meta);
}
