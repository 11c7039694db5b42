import { createHash } from 'node:crypto';
import type { Trx } from '../../platform/db/database';
import { signedConsentDocuments, type ConsentDocument } from '../consent/consent-documents.service';
import { compartmentBundle } from '../fhir/fhir.service';
import { historyLines } from './history-words';
import { recordSummaryPdf, type RecordSummaryInput } from './record-summary-pdf';
import * as summary from './summary.repo';
import { zipArchive, type ZipEntry } from './zip';

/**
 * A patient's copy of their whole record, as one ZIP archive:
 *   README.txt          what each file is
 *   summary.pdf         the record in plain words
 *   record.fhir.json    the FHIR R4 Bundle of everything in their compartment (as `$everything`)
 *   consents/*.pdf      each signed consent, exactly as stored at signing
 *   photos/*            each clinical photo's original (read through the photos module)
 */

export interface ArchiveContent {
  name: string;
  kind: 'readme' | 'summary' | 'fhir-bundle' | 'consent' | 'photo';
  bytes: number;
}

export interface RecordArchive {
  archive: Buffer;
  sha256: string;
  contents: ArchiveContent[];
}

interface Subject {
  clinicId: string;
  patientId: string;
  /** The FHIR base the Bundle's URLs use, e.g. `https://clinic.example`. */
  origin: string;
}

/** `consents/2026-11-02-microneedling-1a2b3c4d.pdf`: the signing day (UTC), the treatment, the id's end. */
const consentFile = (c: ConsentDocument): string =>
  `consents/${c.signedAt.toISOString().slice(0, 10)}-${c.treatment}-${c.id.slice(-8)}.pdf`;

const README = (files: string[]): string =>
  [
    'Your record, as the clinic holds it.',
    '',
    'summary.pdf       Your record in plain words: details, health questionnaire, screenings, consents, visits.',
    'record.fhir.json  The complete record in FHIR R4, the standard other health systems read (a Bundle).',
    'consents/         Each consent form you signed, exactly as stored when you signed it.',
    'photos/           Each photo taken of you at the clinic, as taken.',
    '',
    'Files:',
    ...files.map((f) => `  ${f}`),
    '',
  ].join('\n');

type SubjectRow = NonNullable<Awaited<ReturnType<typeof summary.findSubject>>>;

const patientOf = (subject: SubjectRow): RecordSummaryInput['patient'] => ({
  name: `${subject.given_name} ${subject.family_name}`,
  dateOfBirth: subject.date_of_birth,
  sex: subject.sex,
  email: subject.email,
  phone: subject.phone,
  address: subject.address,
  preferredLanguage: subject.preferred_language,
});

function kindOf(name: string): ArchiveContent['kind'] {
  if (name === 'README.txt') return 'readme';
  if (name === 'summary.pdf') return 'summary';
  if (name === 'record.fhir.json') return 'fhir-bundle';
  return name.startsWith('photos/') ? 'photo' : 'consent';
}

async function summaryInput(
  trx: Trx,
  s: Subject,
  consents: { doc: ConsentDocument; file: string }[],
  now: Date,
): Promise<RecordSummaryInput | null> {
  const subject = await summary.findSubject(trx, s.clinicId, s.patientId);
  if (!subject) return null;
  const history = await summary.latestHistory(trx, s.clinicId, s.patientId);
  return {
    clinicName: subject.clinic_name,
    timeZone: subject.time_zone,
    preparedAt: now,
    patient: patientOf(subject),
    history: history
      ? {
          version: history.version,
          enteredAt: history.entered_at,
          source: history.source,
          answers: historyLines((history.answers ?? {}) as Record<string, unknown>),
        }
      : null,
    screenings: (await summary.screenings(trx, s.clinicId, s.patientId)).map((r) => ({
      at: r.created_at,
      occasion: r.occasion,
      outcome: r.outcome,
      ruleSetVersion: r.rule_set_version,
    })),
    consents: consents.map(({ doc, file }) => ({
      treatment: doc.treatment,
      signedAt: doc.signedAt,
      withdrawnAt: doc.withdrawnAt,
      file,
    })),
    appointments: (await summary.appointments(trx, s.clinicId, s.patientId)).map((a) => ({
      startsAt: a.starts_at,
      service: a.service,
      location: a.location,
      status: a.status,
    })),
    sessions: (await summary.treatmentSessions(trx, s.clinicId, s.patientId)).map((t) => ({
      startedAt: t.started_at,
      modality: t.modality,
      sessionNumber: t.session_number,
      signed: t.signed_at !== null,
    })),
  };
}

/** Builds the archive inside the caller's transaction; null when the patient is not in the clinic. */
export async function buildRecordArchive(
  trx: Trx,
  s: Subject,
  photos: ZipEntry[],
  now: Date,
): Promise<RecordArchive | null> {
  // The patient's own compartment: what they may read of themselves, restricted or not.
  const bundle = await compartmentBundle(
    { db: trx, clinicId: s.clinicId, patientId: s.patientId, origin: s.origin },
    s.patientId,
    'patient',
  );
  if (!bundle) return null;
  const documents = await signedConsentDocuments(trx, s.clinicId, s.patientId);
  const consents = documents.map((doc) => ({ doc, file: consentFile(doc) }));
  const input = await summaryInput(trx, s, consents, now);
  if (!input) return null;
  const files: ZipEntry[] = [
    { name: 'summary.pdf', data: Buffer.from(await recordSummaryPdf(input)) },
    { name: 'record.fhir.json', data: Buffer.from(JSON.stringify(bundle, null, 2), 'utf8') },
    ...consents.map(({ doc, file }) => ({ name: file, data: doc.pdf })),
    ...photos,
  ];
  const readme = { name: 'README.txt', data: Buffer.from(README(files.map((f) => f.name)), 'utf8') };
  const entries = [readme, ...files];
  const archive = zipArchive(entries, now);
  return {
    archive,
    sha256: createHash('sha256').update(archive).digest('hex'),
    contents: entries.map((e) => ({ name: e.name, kind: kindOf(e.name), bytes: e.data.length })),
  };
}
