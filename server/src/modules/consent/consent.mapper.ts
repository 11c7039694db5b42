import {
  photoScopes,
  type PhotoScopeChoices,
  type PhotoScopeState,
  type SignedConsent,
  type TemplateVersion,
} from '@corium/contracts';
import type { VersionRow } from './consent-templates.repo';
import type { ConsentRow, ScopeRow } from './consents.repo';
import type { ConsentFacts, ConsentStatus, CurrentVersion } from './consent-status';

const person = (id: string | null, name: string | null) =>
  id ? { id, displayName: name ?? 'Former user' } : null;

export const toTemplateVersion = (row: VersionRow): TemplateVersion => ({
  id: row.id,
  templateId: row.template_id,
  treatment: row.treatment,
  version: row.version,
  title: row.title,
  body: row.body,
  materialRevision: row.material_revision,
  changeNote: row.change_note,
  publishedBy: person(row.published_by, row.published_by_name),
  publishedAt: row.published_at.toISOString(),
});

export const toCurrentVersion = (row: VersionRow): CurrentVersion => ({
  id: row.id,
  version: row.version,
  materialRevision: row.material_revision,
});

export const toConsentFacts = (row: ConsentRow): ConsentFacts => ({
  id: row.id,
  treatment: row.treatment,
  signedAt: row.signed_at,
  withdrawnAt: row.withdrawn_at,
  templateVersion: row.template_version,
  materialRevision: row.material_revision,
});

export const toSignedConsent = (row: ConsentRow, status: ConsentStatus): SignedConsent => ({
  id: row.id,
  patientId: row.patient_id,
  treatment: row.treatment,
  templateVersionId: row.template_version_id,
  templateVersion: row.template_version,
  materialRevision: row.material_revision,
  title: row.title,
  typedName: row.typed_name,
  signedAt: row.signed_at.toISOString(),
  signedVia: row.signed_via,
  facilitatedBy: person(row.facilitated_by, row.facilitated_by_name),
  documentSha256: row.document_sha256,
  pdfSha256: row.pdf_sha256,
  photoScopes: (row.photo_scopes as PhotoScopeChoices | null) ?? null,
  countersignedBy: person(row.countersigned_by, row.countersigned_by_name),
  countersignedAt: row.countersigned_at?.toISOString() ?? null,
  withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
  withdrawnBy: person(row.withdrawn_by, row.withdrawn_by_name),
  withdrawalReason: row.withdrawal_reason,
  status,
});

/** Every scope, granted or not; a scope never chosen is not granted. */
export const toScopeStates = (rows: readonly ScopeRow[]): PhotoScopeState[] =>
  photoScopes.map((scope) => {
    const row = rows.find((r) => r.scope === scope);
    return {
      scope,
      granted: row?.granted ?? false,
      changedAt: row?.changed_at.toISOString() ?? null,
      changedBy: row?.changed_by_name ?? null,
      consentId: row?.consent_id ?? null,
    };
  });
