import type { ConsentTreatment, PatientConsents, SignedConsent } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit, type AuditEvent } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { lockUnmergedPatient } from '../patients/merge.service';
import { ownPatientId } from '../patients/patients.service';
import { consentStatus, treatmentConsents, type CurrentVersion } from './consent-status';
import { currentVersions } from './consent-templates.service';
import { toConsentFacts, toScopeStates, toSignedConsent } from './consent.mapper';
import * as repo from './consents.repo';
import { revokeScopesOfConsent } from './photo-scopes.service';

const consentEvent = (
  action: AuditEvent['action'],
  patientId: string,
  consentId: string | null,
  details?: Record<string, unknown>,
): AuditEvent => ({
  action,
  resourceType: 'consent',
  resourceId: consentId,
  patientIds: [patientId],
  ...(details ? { details } : {}),
});

const withStatus = (row: repo.ConsentRow, current: ReadonlyMap<ConsentTreatment, CurrentVersion>) =>
  toSignedConsent(row, consentStatus(toConsentFacts(row), current.get(row.treatment)!));

async function consentsOf(
  trx: Trx,
  clinicId: string,
  patientId: string,
  now: Date,
): Promise<PatientConsents> {
  const current = await currentVersions(trx, clinicId, now);
  const rows = await repo.listConsents(trx, clinicId, patientId);
  const requests = await repo.listRequests(trx, clinicId, patientId);
  const scopes = await repo.currentScopes(trx, clinicId, patientId);
  return {
    treatments: treatmentConsents(
      current,
      rows.map(toConsentFacts),
      requests.map((r) => ({ treatment: r.treatment, requestedAt: r.requested_at })),
    ),
    consents: rows.map((row) => withStatus(row, current)),
    photoScopes: toScopeStates(scopes),
  };
}

/** What the patient has signed, what each treatment's consent stands at, and the photo uses in force. */
export function getPatientConsents(
  deps: Deps,
  principal: Principal,
  patientId: string,
  meta: RequestMeta,
): Promise<PatientConsents> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const consents = await consentsOf(trx, principal.clinicId, patientId, now);
    await recordAudit(trx, actorOf(principal, meta), consentEvent('read', patientId, null), now);
    return consents;
  });
}

export async function getOwnConsents(
  deps: Deps,
  principal: Principal,
  meta: RequestMeta,
): Promise<PatientConsents> {
  return getPatientConsents(deps, principal, await ownPatientId(deps, principal), meta);
}

/** The PDF exactly as stored at signing; never made again. */
export function consentPdf(
  deps: Deps,
  principal: Principal,
  patientId: string,
  consentId: string,
  meta: RequestMeta,
): Promise<Buffer> {
  return deps.db.transaction().execute(async (trx) => {
    const document = await repo.findDocument(trx, principal.clinicId, patientId, consentId);
    if (!document) throw new AppError('NOT_FOUND', 'No such consent');
    await recordAudit(
      trx,
      actorOf(principal, meta),
      consentEvent('export', patientId, consentId),
      deps.clock.now(),
    );
    return document.pdf;
  });
}

/** A patient's own PDF; another patient's consent id is simply not found. */
export async function ownConsentPdf(
  deps: Deps,
  principal: Principal,
  consentId: string,
  meta: RequestMeta,
): Promise<Buffer> {
  return consentPdf(deps, principal, await ownPatientId(deps, principal), consentId, meta);
}

type Locked = NonNullable<Awaited<ReturnType<typeof repo.lockConsent>>>;

/** Runs a change to one consent with the patient and the consent locked, and returns it after. */
function changeConsent(
  deps: Deps,
  principal: Principal,
  target: { patientId: string; consentId: string },
  change: (trx: Trx, locked: Locked, now: Date) => Promise<AuditEvent>,
  meta: RequestMeta,
): Promise<SignedConsent> {
  const now = deps.clock.now();
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    await lockUnmergedPatient(trx, clinicId, target.patientId);
    const locked = await repo.lockConsent(trx, clinicId, target.patientId, target.consentId);
    if (!locked) throw new AppError('NOT_FOUND', 'No such consent');
    await recordAudit(trx, actorOf(principal, meta), await change(trx, locked, now), now);
    const current = await currentVersions(trx, clinicId, now);
    return withStatus((await repo.findConsent(trx, clinicId, target.patientId, target.consentId))!, current);
  });
}

/** A practitioner or the medical director witnesses the signature; recorded once. */
export function countersignConsent(
  deps: Deps,
  principal: Principal,
  patientId: string,
  consentId: string,
  meta: RequestMeta,
): Promise<SignedConsent> {
  return changeConsent(
    deps,
    principal,
    { patientId, consentId },
    async (trx, locked, now) => {
      if (locked.countersigned_at) throw new AppError('CONFLICT', 'This consent is already countersigned');
      if (locked.withdrawn_at) throw new AppError('CONFLICT', 'A withdrawn consent cannot be countersigned');
      await repo.recordCountersignature(trx, principal.clinicId, consentId, principal.userId, now);
      return consentEvent('update', patientId, consentId, { countersigned: true });
    },
    meta,
  );
}

/**
 * The patient withdraws a consent (in the portal, or by telling staff, who record it). It stops
 * covering sessions at once; a photography consent takes back every photo use granted under it.
 */
export function withdrawConsent(
  deps: Deps,
  principal: Principal,
  patientId: string,
  consentId: string,
  reason: string,
  meta: RequestMeta,
): Promise<SignedConsent> {
  return changeConsent(
    deps,
    principal,
    { patientId, consentId },
    async (trx, locked, now) => {
      if (locked.withdrawn_at) throw new AppError('CONFLICT', 'This consent was already withdrawn');
      await repo.recordWithdrawal(trx, principal.clinicId, consentId, {
        by: principal.userId,
        at: now,
        reason,
      });
      if (locked.treatment === 'photography')
        await revokeScopesOfConsent(
          trx,
          { clinicId: principal.clinicId, patientId, consentId },
          principal,
          now,
        );
      return consentEvent('update', patientId, consentId, {
        withdrawn: true,
        recordedBy: principal.role === 'patient' ? 'patient' : 'staff',
      });
    },
    meta,
  );
}

export async function withdrawOwnConsent(
  deps: Deps,
  principal: Principal,
  consentId: string,
  reason: string,
  meta: RequestMeta,
): Promise<SignedConsent> {
  return withdrawConsent(deps, principal, await ownPatientId(deps, principal), consentId, reason, meta);
}

/** The clinic asks the patient to sign a treatment's consent; the portal shows it until they do. */
export function requestConsent(
  deps: Deps,
  principal: Principal,
  patientId: string,
  treatment: ConsentTreatment,
  meta: RequestMeta,
): Promise<PatientConsents> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    await lockUnmergedPatient(trx, principal.clinicId, patientId);
    await repo.insertRequest(trx, {
      id: newId(),
      clinic_id: principal.clinicId,
      patient_id: patientId,
      treatment,
      requested_by: principal.userId,
      requested_at: now,
    });
    const event = consentEvent('create', patientId, null, { requested: treatment });
    await recordAudit(trx, actorOf(principal, meta), event, now);
    return consentsOf(trx, principal.clinicId, patientId, now);
  });
}
