import type { FollowUpDue, PatientOutcomes } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import { ownPatientId } from '../patients/patients.service';
import { clinicFollowUps } from './follow-ups';
import { outcomeRecord, type PhotoBase } from './outcome-record';
import * as repo from './outcomes.repo';

async function read(
  deps: Deps,
  principal: Principal,
  patientId: string,
  base: PhotoBase,
  meta: RequestMeta,
): Promise<PatientOutcomes> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const today = await repo.clinicToday(trx, principal.clinicId, now);
    const record = await outcomeRecord(trx, principal.clinicId, patientId, today, base);
    await recordAudit(
      trx,
      actorOf(principal, meta),
      {
        action: 'read',
        resourceType: 'outcome_score',
        patientIds: [patientId],
        details: { scores: record.scores.length },
      },
      now,
    );
    return record;
  });
}

/** Staff: a patient's outcome scores, progress per concern and follow-up schedule. */
export const patientOutcomes = (deps: Deps, principal: Principal, patientId: string, meta: RequestMeta) =>
  read(deps, principal, patientId, 'staff', meta);

/** Portal: the same for the patient's own record. */
export const ownOutcomes = async (deps: Deps, principal: Principal, meta: RequestMeta) =>
  read(deps, principal, await ownPatientId(deps, principal), 'portal', meta);

/** Staff: the clinic's 3- and 6-month follow-ups due or overdue and not yet rated. */
export async function followUpsDue(
  deps: Deps,
  principal: Principal,
  meta: RequestMeta,
): Promise<FollowUpDue[]> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const today = await repo.clinicToday(trx, principal.clinicId, now);
    const due = await clinicFollowUps(trx, principal.clinicId, today);
    await recordAudit(
      trx,
      actorOf(principal, meta),
      {
        action: 'search',
        resourceType: 'outcome_follow_up',
        patientIds: [...new Set(due.map((d) => d.patientId))],
        details: { count: due.length },
      },
      now,
    );
    return due;
  });
}
