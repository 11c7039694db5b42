import {
  BREAK_GLASS_MINUTES,
  type BreakGlassAccess,
  type BreakGlassBody,
  type BreakGlassList,
  type BreakGlassReviewBody,
} from '@corium/contracts';
import type { Deps } from '../../deps';
import type { AuditEvent } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { canAccessPatient } from '../patients/patients.service';
import * as repo from './break-glass.repo';
import { isRestricted } from './erasure.repo';
import { audited } from './export.service';
import { toBreakGlassAccess } from './privacy.mapper';

/**
 * Opens a record with a written reason, for BREAK_GLASS_MINUTES: a high-priority audit event
 * that an admin reviews. Any member of staff may; for a restricted record it is the only way in.
 */
export async function breakGlass(
  deps: Deps,
  principal: Principal,
  body: BreakGlassBody,
  meta: RequestMeta,
): Promise<BreakGlassAccess> {
  if (!(await canAccessPatient(deps, principal, body.patientId)))
    throw new AppError('NOT_FOUND', 'No such patient');
  const { clinicId } = principal;
  return audited(deps, principal, meta, async (trx, now) => {
    const id = newId();
    const restricted = await isRestricted(trx, clinicId, body.patientId);
    const expiresAt = new Date(now.getTime() + BREAK_GLASS_MINUTES * 60_000);
    await repo.insertAccess(trx, {
      id,
      clinic_id: clinicId,
      patient_id: body.patientId,
      user_id: principal.userId,
      reason: body.reason,
      restricted,
      opened_at: now,
      expires_at: expiresAt,
    });
    const event: AuditEvent = {
      action: 'create',
      resourceType: 'break_glass_access',
      resourceId: id,
      patientIds: [body.patientId],
      details: { priority: 'high', reason: body.reason, restricted, expiresAt: expiresAt.toISOString() },
    };
    return { result: toBreakGlassAccess((await repo.findAccess(trx, clinicId, id))!), event };
  });
}

export function breakGlassReviews(
  deps: Deps,
  principal: Principal,
  meta: RequestMeta,
): Promise<BreakGlassList> {
  return audited(deps, principal, meta, async (trx) => {
    const rows = await repo.listForReview(trx, principal.clinicId, 200);
    const event: AuditEvent = {
      action: 'search',
      resourceType: 'break_glass_access',
      patientIds: [...new Set(rows.map((r) => r.patient_id))],
    };
    return { result: { accesses: rows.map(toBreakGlassAccess) }, event };
  });
}

/** An admin has looked at who opened what and why; recorded once. */
export function reviewBreakGlass(
  deps: Deps,
  principal: Principal,
  accessId: string,
  body: BreakGlassReviewBody,
  meta: RequestMeta,
): Promise<BreakGlassAccess> {
  const { clinicId } = principal;
  return audited(deps, principal, meta, async (trx, now) => {
    const access = await repo.findAccess(trx, clinicId, accessId);
    if (!access) throw new AppError('NOT_FOUND', 'No such break-glass access');
    const reviewed = await repo.markReviewed(trx, clinicId, accessId, principal.userId, now, body.note ?? '');
    const event: AuditEvent = {
      action: 'update',
      resourceType: 'break_glass_access',
      resourceId: accessId,
      patientIds: [access.patient_id],
      details: { stage: 'reviewed', changed: reviewed },
    };
    return { result: toBreakGlassAccess((await repo.findAccess(trx, clinicId, accessId))!), event };
  });
}
