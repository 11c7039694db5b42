import type { Deps } from '../../deps';
import type { Principal } from '../../platform/auth/policy';
import type { Executor } from '../../platform/db/database';
import { canAccessPatient } from '../patients/patients.service';
import { hasOpenAccess } from './break-glass.repo';
import { isRestricted } from './erasure.repo';

/**
 * The route guard for `patient: 'path'` (passed to the auth plugin by app.ts): the patients
 * module's rule (same clinic; a patient only themselves), and for a record an erasure
 * restricted, a break-glass access of this user that has not run out. A patient never reaches
 * a restricted record: their portal account was closed by the erasure.
 */
export async function patientAccess(
  deps: Deps,
  principal: Principal,
  patientId: string,
): Promise<boolean | 'reason_required'> {
  if (!(await canAccessPatient(deps, principal, patientId))) return false;
  if (!(await isRestricted(deps.db, principal.clinicId, patientId))) return true;
  if (principal.role === 'patient') return false;
  const open = await hasOpenAccess(
    deps.db,
    principal.clinicId,
    principal.userId,
    patientId,
    deps.clock.now(),
  );
  return open || 'reason_required';
}

/**
 * For jobs that re-check a patient before they send anything (appointment reminders, aftercare
 * messages): true once an erasure restricted the record — nothing more is sent to them.
 */
export const patientErased = (db: Executor, clinicId: string, patientId: string): Promise<boolean> =>
  isRestricted(db, clinicId, patientId);
