import type { ConsentTreatment } from '@corium/contracts';
import type { Insertable } from 'kysely';
import type {
  ConsentRequestTable,
  PhotoScopeEventTable,
  SignedConsentTable,
} from '../../platform/db/consent-schema';
import type { Executor, Trx } from '../../platform/db/database';

/** Who the consent is about and whose clinic: what the text's placeholders and the PDF need. */
export const findSubject = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('patient as p')
    .innerJoin('clinic as c', 'c.id', 'p.clinic_id')
    .select(['p.given_name', 'p.family_name', 'p.date_of_birth', 'c.name as clinic_name', 'c.time_zone'])
    .where('p.clinic_id', '=', clinicId)
    .where('p.id', '=', patientId)
    .executeTakeFirst();

export const insertConsent = (trx: Trx, row: Insertable<SignedConsentTable>) =>
  trx.insertInto('signed_consent').values(row).execute();

/** Everything about a signed consent except the PDF bytes. */
function consentQuery(db: Executor, clinicId: string) {
  return db
    .selectFrom('signed_consent as c')
    .innerJoin('consent_template_version as v', 'v.id', 'c.template_version_id')
    .leftJoin('app_user as f', 'f.id', 'c.facilitated_by')
    .leftJoin('app_user as cs', 'cs.id', 'c.countersigned_by')
    .leftJoin('app_user as w', 'w.id', 'c.withdrawn_by')
    .select([
      'c.id',
      'c.patient_id',
      'c.treatment',
      'c.template_version_id',
      'v.version as template_version',
      'v.material_revision',
      'v.title',
      'c.typed_name',
      'c.signed_at',
      'c.signed_via',
      'c.facilitated_by',
      'f.display_name as facilitated_by_name',
      'c.document_sha256',
      'c.pdf_sha256',
      'c.photo_scopes',
      'c.countersigned_by',
      'cs.display_name as countersigned_by_name',
      'c.countersigned_at',
      'c.withdrawn_at',
      'c.withdrawn_by',
      'w.display_name as withdrawn_by_name',
      'c.withdrawal_reason',
    ])
    .where('c.clinic_id', '=', clinicId);
}

export type ConsentRow = NonNullable<Awaited<ReturnType<typeof findConsent>>>;

export const listConsents = (db: Executor, clinicId: string, patientId: string) =>
  consentQuery(db, clinicId)
    .where('c.patient_id', '=', patientId)
    .orderBy('c.signed_at', 'desc')
    .orderBy('c.id', 'desc')
    .execute();

export const findConsent = (db: Executor, clinicId: string, patientId: string, consentId: string) =>
  consentQuery(db, clinicId)
    .where('c.patient_id', '=', patientId)
    .where('c.id', '=', consentId)
    .executeTakeFirst();

/** The newest consent of a patient for a treatment: it decides whether a session may go ahead. */
export const newestConsentFor = (
  db: Executor,
  clinicId: string,
  patientId: string,
  treatment: ConsentTreatment,
) =>
  consentQuery(db, clinicId)
    .where('c.patient_id', '=', patientId)
    .where('c.treatment', '=', treatment)
    .orderBy('c.signed_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(1)
    .executeTakeFirst();

export const findDocument = (db: Executor, clinicId: string, patientId: string, consentId: string) =>
  db
    .selectFrom('signed_consent')
    .select(['id', 'patient_id', 'treatment', 'pdf', 'pdf_sha256', 'rendered_text', 'document_sha256'])
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .where('id', '=', consentId)
    .executeTakeFirst();

/** For the command line, which is given only a consent id. */
export const findConsentOwner = (db: Executor, consentId: string) =>
  db
    .selectFrom('signed_consent')
    .select(['clinic_id', 'patient_id'])
    .where('id', '=', consentId)
    .executeTakeFirst();

/** Locks the consent for a countersignature or a withdrawal, each recorded once. */
export const lockConsent = (trx: Trx, clinicId: string, patientId: string, consentId: string) =>
  trx
    .selectFrom('signed_consent')
    .select(['id', 'treatment', 'countersigned_at', 'withdrawn_at'])
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .where('id', '=', consentId)
    .forUpdate()
    .executeTakeFirst();

export const recordCountersignature = (trx: Trx, clinicId: string, consentId: string, by: string, at: Date) =>
  trx
    .updateTable('signed_consent')
    .set({ countersigned_by: by, countersigned_at: at })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', consentId)
    .where('countersigned_at', 'is', null)
    .execute();

export const recordWithdrawal = (
  trx: Trx,
  clinicId: string,
  consentId: string,
  withdrawal: { by: string; at: Date; reason: string },
) =>
  trx
    .updateTable('signed_consent')
    .set({ withdrawn_by: withdrawal.by, withdrawn_at: withdrawal.at, withdrawal_reason: withdrawal.reason })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', consentId)
    .where('withdrawn_at', 'is', null)
    .execute();

export const insertRequest = (trx: Trx, row: Insertable<ConsentRequestTable>) =>
  trx.insertInto('consent_request').values(row).execute();

export const listRequests = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('consent_request')
    .select(['treatment', 'requested_at'])
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .execute();

export const insertScopeEvents = (trx: Trx, rows: Insertable<PhotoScopeEventTable>[]) =>
  trx.insertInto('photo_scope_event').values(rows).execute();

/** The latest event of each scope: the state in force now. */
export const currentScopes = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('photo_scope_event as e')
    .innerJoin('app_user as u', 'u.id', 'e.changed_by')
    .select(['e.scope', 'e.granted', 'e.consent_id', 'e.changed_at', 'u.display_name as changed_by_name'])
    .distinctOn('e.scope')
    .where('e.clinic_id', '=', clinicId)
    .where('e.patient_id', '=', patientId)
    .orderBy('e.scope')
    .orderBy('e.changed_at', 'desc')
    .orderBy('e.id', 'desc')
    .execute();

export type ScopeRow = Awaited<ReturnType<typeof currentScopes>>[number];
