import { createPatientRequest, updatePatientRequest } from '@corium/contracts';
import type { Deps } from '../../deps';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { createPatient, updatePatient } from '../patients/patient-record.service';
import { findPatient } from './fhir-patients.repo';
import type { FhirResource } from './fhir-resource';
import { fromFhirPatient, toFhirPatient } from './patient.mapper';

/** Where each registration field lives in a FHIR Patient, for the OperationOutcome's expression. */
const fhirPaths: Record<string, string> = {
  givenName: 'Patient.name[0].given[0]',
  familyName: 'Patient.name[0].family',
  dateOfBirth: 'Patient.birthDate',
  sex: 'Patient.gender',
  email: 'Patient.telecom',
  phone: 'Patient.telecom',
  address: 'Patient.address[0]',
  preferredLanguage: 'Patient.communication[0].language',
};

function invalidPatient(issues: { path: PropertyKey[]; message: string }[]): AppError {
  return new AppError(
    'VALIDATION_FAILED',
    'The Patient resource is not valid',
    issues.map((i) => ({ path: fhirPaths[String(i.path[0])] ?? 'Patient', message: i.message })),
  );
}

/** `W/"3"` (or `"3"`) → 3; anything else is a malformed header. */
export function versionFromTag(ifMatch: string): number {
  const version = /^(W\/)?"(\d{1,9})"$/.exec(ifMatch.trim())?.[2];
  if (version === undefined)
    throw new AppError('BAD_REQUEST', 'If-Match must be a version tag such as W/"3"', [
      { path: 'headers.if-match', message: 'Expected W/"<version>"' },
    ]);
  return Number(version);
}

async function currentPatient(deps: Deps, principal: Principal, patientId: string): Promise<FhirResource> {
  const row = await findPatient(deps.db, principal.clinicId, patientId);
  if (!row) throw new AppError('NOT_FOUND', `No Patient with id ${patientId}`);
  return toFhirPatient(row);
}

/** Registers a patient from a FHIR Patient, through the patients module (duplicates → 409). */
export async function createFhirPatient(
  deps: Deps,
  principal: Principal,
  body: unknown,
  meta: RequestMeta,
): Promise<FhirResource> {
  const parsed = createPatientRequest.safeParse({ ...fromFhirPatient(body), concerns: [] });
  if (!parsed.success) throw invalidPatient(parsed.error.issues);
  const record = await createPatient(deps, principal, parsed.data, meta);
  return currentPatient(deps, principal, record.id);
}

/**
 * Replaces a patient's identity and contact details. With `If-Match`, the version sent must be
 * the current one (412 otherwise), so a client never overwrites a change it has not seen.
 */
export async function updateFhirPatient(
  deps: Deps,
  principal: Principal,
  patientId: string,
  input: { body: unknown; ifMatch: string | undefined },
  meta: RequestMeta,
): Promise<FhirResource> {
  const bodyId = (input.body as { id?: unknown } | null)?.id;
  if (bodyId !== patientId)
    throw new AppError('VALIDATION_FAILED', 'The resource id must match the id in the URL', [
      { path: 'Patient.id', message: `Expected "${patientId}"` },
    ]);
  const expected = input.ifMatch === undefined ? null : versionFromTag(input.ifMatch);
  const parsed = updatePatientRequest.safeParse(fromFhirPatient(input.body));
  if (!parsed.success) throw invalidPatient(parsed.error.issues);
  // Checked with the record locked, so two clients updating from one version cannot both win.
  const versionStillCurrent = async (trx: Trx): Promise<void> => {
    const row = await findPatient(trx, principal.clinicId, patientId);
    if (row && expected !== null && row.version !== expected)
      throw new AppError('PRECONDITION_FAILED', 'The patient was changed since this version was read', {
        currentVersion: String(row.version),
      });
  };
  await updatePatient(deps, principal, patientId, parsed.data, meta, versionStillCurrent);
  return currentPatient(deps, principal, patientId);
}
