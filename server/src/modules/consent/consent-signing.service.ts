import type { ConsentTreatment, RenderedConsent, SignConsentRequest, SignedConsent } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { lockUnmergedPatient } from '../patients/merge.service';
import { ownPatientId } from '../patients/patients.service';
import { renderConsentPdf } from './consent-pdf';
import { renderConsentText, sha256Hex } from './consent-render';
import * as templatesRepo from './consent-templates.repo';
import { currentVersionOf } from './consent-templates.service';
import { toSignedConsent, toTemplateVersion } from './consent.mapper';
import * as repo from './consents.repo';
import { recordScopesFromConsent } from './photo-scopes.service';

type Subject = NonNullable<Awaited<ReturnType<typeof repo.findSubject>>>;

async function subjectOf(trx: Trx, clinicId: string, patientId: string): Promise<Subject> {
  const subject = await repo.findSubject(trx, clinicId, patientId);
  if (!subject) throw new AppError('NOT_FOUND', 'No such patient');
  return subject;
}

const fullName = (s: Subject): string => `${s.given_name} ${s.family_name}`;

const renderFor = (version: templatesRepo.VersionRow, subject: Subject, at: Date) =>
  renderConsentText({
    title: version.title,
    body: version.body,
    treatment: version.treatment,
    patientName: fullName(subject),
    clinicName: subject.clinic_name,
    at,
    timeZone: subject.time_zone,
  });

/** The current text of a treatment's consent filled in for this patient, to read before signing. */
export function renderConsent(
  deps: Deps,
  principal: Principal,
  patientId: string,
  treatment: ConsentTreatment,
  meta: RequestMeta,
): Promise<RenderedConsent> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const subject = await subjectOf(trx, principal.clinicId, patientId);
    const version = await currentVersionOf(trx, principal.clinicId, treatment, now);
    const rendered = renderFor(version, subject, now);
    await recordAudit(
      trx,
      actorOf(principal, meta),
      {
        action: 'read',
        resourceType: 'consent',
        patientIds: [patientId],
        details: { treatment, rendered: true },
      },
      now,
    );
    return { templateVersion: toTemplateVersion(version), text: rendered.text, sha256: rendered.sha256 };
  });
}

export async function renderOwnConsent(
  deps: Deps,
  principal: Principal,
  treatment: ConsentTreatment,
  meta: RequestMeta,
): Promise<RenderedConsent> {
  return renderConsent(deps, principal, await ownPatientId(deps, principal), treatment, meta);
}

/** Only the current version can be signed, and only photography carries photo-use choices. */
async function signableVersion(
  trx: Trx,
  clinicId: string,
  request: SignConsentRequest,
  now: Date,
): Promise<templatesRepo.VersionRow> {
  const version = await templatesRepo.findVersion(trx, clinicId, request.templateVersionId);
  if (!version)
    throw new AppError('VALIDATION_FAILED', 'No such consent text', [
      { path: 'templateVersionId', message: 'Not a version of one of this clinic’s consent templates' },
    ]);
  const current = await currentVersionOf(trx, clinicId, version.treatment, now);
  if (current.id !== version.id)
    throw new AppError(
      'CONFLICT',
      `The consent text changed since it was opened (now version ${current.version}); read it again before signing`,
      { currentVersionId: current.id },
    );
  const photography = version.treatment === 'photography';
  if (photography !== (request.photoScopes !== undefined))
    throw new AppError(
      'VALIDATION_FAILED',
      photography
        ? 'Choose how the photos may be used'
        : 'Photo-use choices belong to the photography consent only',
      [{ path: 'photoScopes', message: photography ? 'Required' : 'Not allowed for this consent' }],
    );
  return version;
}

interface Signing {
  patientId: string;
  via: 'portal' | 'tablet';
}

/** Everything known at the moment of signing. */
interface Signature {
  id: string;
  principal: Principal;
  signing: Signing;
  request: SignConsentRequest;
  version: templatesRepo.VersionRow;
  subject: Subject;
  rendered: { text: string; sha256: string };
  meta: RequestMeta;
  now: Date;
}

/** Prints the PDF, once, and stores it with the text, its hash and the signature. */
async function storeConsent(trx: Trx, s: Signature): Promise<void> {
  const facilitatedBy = s.signing.via === 'tablet' ? s.principal : null;
  const pdf = await renderConsentPdf({
    clinicName: s.subject.clinic_name,
    timeZone: s.subject.time_zone,
    patient: { name: fullName(s.subject), dateOfBirth: s.subject.date_of_birth },
    treatment: s.version.treatment,
    templateVersion: s.version.version,
    renderedText: s.rendered.text,
    documentSha256: s.rendered.sha256,
    photoScopes: s.request.photoScopes ?? null,
    signature: s.request.signature,
    typedName: s.request.typedName,
    signedAt: s.now,
    signedVia: s.signing.via,
    facilitatedBy: facilitatedBy?.displayName ?? null,
  });
  await repo.insertConsent(trx, {
    id: s.id,
    clinic_id: s.principal.clinicId,
    patient_id: s.signing.patientId,
    template_version_id: s.version.id,
    treatment: s.version.treatment,
    rendered_text: s.rendered.text,
    document_sha256: s.rendered.sha256,
    typed_name: s.request.typedName,
    signature: JSON.stringify(s.request.signature),
    photo_scopes: s.request.photoScopes ? JSON.stringify(s.request.photoScopes) : null,
    signed_at: s.now,
    ip: s.meta.ip,
    user_agent: s.meta.userAgent,
    signed_via: s.signing.via,
    facilitated_by: facilitatedBy?.userId ?? null,
    pdf: Buffer.from(pdf),
    pdf_sha256: sha256Hex(pdf),
  });
}

/**
 * The patient signs exactly the text they read: it is rendered again now, hashed, printed to a
 * PDF once and stored with the signature, where and how it was given. A photography consent's
 * choices become the photo-use scopes in force.
 */
async function sign(
  deps: Deps,
  principal: Principal,
  signing: Signing,
  request: SignConsentRequest,
  meta: RequestMeta,
): Promise<SignedConsent> {
  const now = deps.clock.now();
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    await lockUnmergedPatient(trx, clinicId, signing.patientId);
    const version = await signableVersion(trx, clinicId, request, now);
    const subject = await subjectOf(trx, clinicId, signing.patientId);
    const rendered = renderFor(version, subject, now);
    if (request.documentSha256 && request.documentSha256 !== rendered.sha256)
      throw new AppError(
        'CONFLICT',
        'The consent text changed since it was opened; read it again before signing',
      );
    const id = newId();
    await storeConsent(trx, { id, principal, signing, request, version, subject, rendered, meta, now });
    if (request.photoScopes) {
      const target = { clinicId, patientId: signing.patientId, consentId: id };
      await recordScopesFromConsent(trx, target, request.photoScopes, principal, now);
    }
    const details = { treatment: version.treatment, templateVersion: version.version, via: signing.via };
    await recordAudit(
      trx,
      actorOf(principal, meta),
      { action: 'create', resourceType: 'consent', resourceId: id, patientIds: [signing.patientId], details },
      now,
    );
    return toSignedConsent((await repo.findConsent(trx, clinicId, signing.patientId, id))!, 'valid');
  });
}

/** On the clinic's tablet: the patient signs, the staff member who handed it over is recorded. */
export function signOnTablet(
  deps: Deps,
  principal: Principal,
  patientId: string,
  request: SignConsentRequest,
  meta: RequestMeta,
): Promise<SignedConsent> {
  return sign(deps, principal, { patientId, via: 'tablet' }, request, meta);
}

export async function signInPortal(
  deps: Deps,
  principal: Principal,
  request: SignConsentRequest,
  meta: RequestMeta,
): Promise<SignedConsent> {
  return sign(
    deps,
    principal,
    { patientId: await ownPatientId(deps, principal), via: 'portal' },
    request,
    meta,
  );
}
