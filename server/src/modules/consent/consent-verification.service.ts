import type { ConsentVerification } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit, type AuditActor } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { sha256Hex } from './consent-render';
import * as repo from './consents.repo';

export interface StoredDocument {
  id: string;
  pdf: Uint8Array;
  pdf_sha256: string;
  rendered_text: string;
  document_sha256: string;
}

/**
 * Has the signed consent changed since signing? The stored PDF hashed again must equal the hash
 * recorded with it, and the stored text the patient read must still hash to the document hash
 * printed in the PDF's footer. Either differing means the record was altered outside Corium.
 */
export function verifyDocument(stored: StoredDocument): ConsentVerification {
  const actualSha256 = sha256Hex(stored.pdf);
  const actualDocumentSha256 = sha256Hex(stored.rendered_text);
  const documentMatches = actualDocumentSha256 === stored.document_sha256;
  return {
    consentId: stored.id,
    valid: actualSha256 === stored.pdf_sha256 && documentMatches,
    recordedSha256: stored.pdf_sha256,
    actualSha256,
    recordedDocumentSha256: stored.document_sha256,
    actualDocumentSha256,
    documentMatches,
  };
}

async function verifyStored(
  trx: Trx,
  actor: AuditActor,
  owner: { clinicId: string; patientId: string; consentId: string },
  now: Date,
): Promise<ConsentVerification> {
  const stored = await repo.findDocument(trx, owner.clinicId, owner.patientId, owner.consentId);
  if (!stored) throw new AppError('NOT_FOUND', 'No such consent');
  const result = verifyDocument(stored);
  await recordAudit(
    trx,
    actor,
    {
      action: 'read',
      resourceType: 'consent',
      resourceId: owner.consentId,
      patientIds: [owner.patientId],
      ...(result.valid ? {} : { outcome: 'failure' as const }),
      details: { verified: result.valid },
    },
    now,
  );
  return result;
}

/** The admin's check of one consent, from the patient's record. */
export function verifyConsent(
  deps: Deps,
  principal: Principal,
  patientId: string,
  consentId: string,
  meta: RequestMeta,
): Promise<ConsentVerification> {
  return deps.db
    .transaction()
    .execute((trx) =>
      verifyStored(
        trx,
        actorOf(principal, meta),
        { clinicId: principal.clinicId, patientId, consentId },
        deps.clock.now(),
      ),
    );
}

/**
 * `corium consent verify ID`: whoever runs the command already holds the database, so the
 * consent is found by id alone; the check is recorded in its clinic's audit log with no user.
 */
export function verifyConsentById(deps: Deps, consentId: string): Promise<ConsentVerification> {
  return deps.db.transaction().execute(async (trx) => {
    const owner = await repo.findConsentOwner(trx, consentId);
    if (!owner) throw new AppError('NOT_FOUND', `No consent ${consentId}`);
    const actor: AuditActor = {
      clinicId: owner.clinic_id,
      userId: null,
      role: null,
      tokenId: null,
      ip: null,
      requestId: 'cli:consent-verify',
    };
    return verifyStored(
      trx,
      actor,
      { clinicId: owner.clinic_id, patientId: owner.patient_id, consentId },
      deps.clock.now(),
    );
  });
}
