import type { ConsentTreatment, PhotoScope } from '@corium/contracts';
import type { Executor, Trx } from '../../platform/db/database';
import { newId } from '../../platform/ids';
import * as repo from './consents.repo';

/**
 * What the privacy module needs of consents, inside its own transaction: the signed PDFs for a
 * patient's copy of their record, and taking back photo uses when a patient's data is erased.
 */

export interface ConsentDocument {
  id: string;
  treatment: ConsentTreatment;
  signedAt: Date;
  withdrawnAt: Date | null;
  /** The PDF exactly as stored at signing; never made again. */
  pdf: Buffer;
}

/** Every consent the patient signed, oldest first, each with its stored PDF. */
export async function signedConsentDocuments(
  db: Executor,
  clinicId: string,
  patientId: string,
): Promise<ConsentDocument[]> {
  const rows = (await repo.listConsents(db, clinicId, patientId)).reverse();
  const documents: ConsentDocument[] = [];
  for (const row of rows) {
    const document = await repo.findDocument(db, clinicId, patientId, row.id);
    if (document)
      documents.push({
        id: row.id,
        treatment: row.treatment,
        signedAt: row.signed_at,
        withdrawnAt: row.withdrawn_at,
        pdf: document.pdf,
      });
  }
  return documents;
}

/** How many of `scopes` the patient allows now. */
export async function grantedPhotoUses(
  db: Executor,
  target: { clinicId: string; patientId: string },
  scopes: readonly PhotoScope[],
): Promise<number> {
  const current = await repo.currentScopes(db, target.clinicId, target.patientId);
  return current.filter((s) => s.granted && scopes.includes(s.scope)).length;
}

/**
 * Takes back every granted use among `scopes` from this moment (the history of grants stays: it
 * proves photos were used only as allowed). Returns how many uses were taken back.
 */
export async function withdrawPhotoUses(
  trx: Trx,
  target: { clinicId: string; patientId: string },
  scopes: readonly PhotoScope[],
  changedBy: string,
  now: Date,
): Promise<number> {
  const granted = (await repo.currentScopes(trx, target.clinicId, target.patientId)).filter(
    (s) => s.granted && scopes.includes(s.scope),
  );
  if (granted.length > 0)
    await repo.insertScopeEvents(
      trx,
      granted.map((s) => ({
        id: newId(),
        clinic_id: target.clinicId,
        patient_id: target.patientId,
        scope: s.scope,
        granted: false,
        consent_id: s.consent_id,
        cause: 'changed' as const,
        changed_by: changedBy,
        changed_at: now,
      })),
    );
  return granted.length;
}
