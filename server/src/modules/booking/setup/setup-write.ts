import type { Deps } from '../../../deps';
import { recordAudit, type AuditAction } from '../../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../../platform/auth/policy';
import { actorOf } from '../../../platform/auth/request-meta';
import type { Trx } from '../../../platform/db/database';
import { AppError } from '../../../platform/errors/app-error';

/** Who changes the set-up, and from where: every write is audited with it. */
export interface SetupCaller {
  principal: Principal;
  meta: RequestMeta;
}

export interface SetupChange<T> {
  /** What was changed: `room`, `device`, `working_hours` … recorded in the audit details. */
  subject: string;
  resourceId: string;
  result: T;
  /** What changed, for the audit log; never a patient's data. */
  details?: Record<string, unknown>;
}

/** Clinic set-up events share one resource type; `details.subject` names the thing. */
export const SETUP_RESOURCE_TYPE = 'clinic_setup';

/**
 * Runs one set-up change in one transaction and records its audit event in the same one, so a
 * change is never kept without its record.
 */
export function setupWrite<T>(
  deps: Deps,
  caller: SetupCaller,
  action: AuditAction,
  change: (trx: Trx, now: Date) => Promise<SetupChange<T>>,
): Promise<T> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const done = await change(trx, now);
    await recordAudit(
      trx,
      actorOf(caller.principal, caller.meta),
      {
        action,
        resourceType: SETUP_RESOURCE_TYPE,
        resourceId: done.resourceId,
        details: { subject: done.subject, ...done.details },
      },
      now,
    );
    return done.result;
  });
}

export const notFound = (what: string): AppError =>
  new AppError('NOT_FOUND', `No such ${what} in this clinic`);

/** 400 naming one field of the request. */
export const invalidField = (path: string, message: string): AppError =>
  new AppError('VALIDATION_FAILED', message, [{ path, message }]);

/** 'HH:MM:SS' (PostgreSQL `time`) → 'HH:MM'. */
export const hhmm = (time: string): string => time.slice(0, 5);
