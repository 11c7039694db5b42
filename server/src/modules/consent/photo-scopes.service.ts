import {
  photoScopes,
  type PhotoScope,
  type PhotoScopeChange,
  type PhotoScopeChoices,
  type PhotoScopeState,
} from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Executor, Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { lockUnmergedPatient } from '../patients/merge.service';
import { ownPatientId } from '../patients/patients.service';
import { consentCover } from './consent-validity';
import { toScopeStates } from './consent.mapper';
import * as repo from './consents.repo';

interface Target {
  clinicId: string;
  patientId: string;
  consentId: string;
}

/** A photography consent's choices become the state of every scope, citing that consent. */
export async function recordScopesFromConsent(
  trx: Trx,
  target: Target,
  choices: PhotoScopeChoices,
  principal: Principal,
  now: Date,
): Promise<void> {
  await repo.insertScopeEvents(
    trx,
    photoScopes.map((scope) => ({
      id: newId(),
      clinic_id: target.clinicId,
      patient_id: target.patientId,
      scope,
      granted: choices[scope],
      consent_id: target.consentId,
      cause: 'signed' as const,
      changed_by: principal.userId,
      changed_at: now,
    })),
  );
}

/** Withdrawing a photography consent takes back, at once, every use granted under it. */
export async function revokeScopesOfConsent(
  trx: Trx,
  target: Target,
  principal: Principal,
  now: Date,
): Promise<void> {
  const granted = (await repo.currentScopes(trx, target.clinicId, target.patientId)).filter(
    (s) => s.granted && s.consent_id === target.consentId,
  );
  if (granted.length === 0) return;
  await repo.insertScopeEvents(
    trx,
    granted.map((s) => ({
      id: newId(),
      clinic_id: target.clinicId,
      patient_id: target.patientId,
      scope: s.scope,
      granted: false,
      consent_id: target.consentId,
      cause: 'withdrawn' as const,
      changed_by: principal.userId,
      changed_at: now,
    })),
  );
}

/**
 * The patient's instruction about one use, given in the portal or to staff. Taking a use back
 * is always possible and applies from this moment; giving one needs a valid photography consent.
 */
async function changeScope(
  deps: Deps,
  principal: Principal,
  patientId: string,
  change: PhotoScopeChange,
  meta: RequestMeta,
): Promise<PhotoScopeState[]> {
  const now = deps.clock.now();
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    await lockUnmergedPatient(trx, clinicId, patientId);
    const before = toScopeStates(await repo.currentScopes(trx, clinicId, patientId));
    const cover = await consentCover(trx, clinicId, patientId, 'photography', now);
    if (change.granted && 'refusal' in cover)
      throw new AppError('CONSENT_REQUIRED', `Photos cannot be used this way yet. ${cover.refusal}`, {
        treatment: 'photography',
      });
    const changed = before.find((s) => s.scope === change.scope)!.granted !== change.granted;
    if (changed)
      await repo.insertScopeEvents(trx, [
        {
          id: newId(),
          clinic_id: clinicId,
          patient_id: patientId,
          scope: change.scope,
          granted: change.granted,
          consent_id: 'consentId' in cover ? cover.consentId : null,
          cause: 'changed',
          changed_by: principal.userId,
          changed_at: now,
        },
      ]);
    await recordAudit(
      trx,
      actorOf(principal, meta),
      {
        action: 'update',
        resourceType: 'photo_scope',
        resourceId: patientId,
        patientIds: [patientId],
        details: { scope: change.scope, granted: change.granted, changed },
      },
      now,
    );
    return toScopeStates(await repo.currentScopes(trx, clinicId, patientId));
  });
}

/** Staff recording what the patient asked for (on the phone, at the desk). */
export function changePhotoScope(
  deps: Deps,
  principal: Principal,
  patientId: string,
  change: PhotoScopeChange,
  meta: RequestMeta,
): Promise<PhotoScopeState[]> {
  return changeScope(deps, principal, patientId, change, meta);
}

export async function changeOwnPhotoScope(
  deps: Deps,
  principal: Principal,
  change: PhotoScopeChange,
  meta: RequestMeta,
): Promise<PhotoScopeState[]> {
  return changeScope(deps, principal, await ownPatientId(deps, principal), change, meta);
}

/** The uses of their photos the patient allows at this moment (photos filter by them). */
export async function grantedPhotoScopes(
  db: Executor,
  clinicId: string,
  patientId: string,
): Promise<PhotoScope[]> {
  const scopes = await repo.currentScopes(db, clinicId, patientId);
  return scopes.filter((s) => s.granted).map((s) => s.scope);
}
