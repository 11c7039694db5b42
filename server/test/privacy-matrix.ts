import pino from 'pino';
import { allJobs } from '../src/jobs';
import { newId } from '../src/platform/ids';
import { createDrainer } from '../src/platform/jobs/worker';
import type { MatrixFixtures } from './authorization-fixtures';
import type { Caller, MatrixRow } from './authorization-matrix';

/**
 * Patients' rights in the authorization matrix (issue 13): copies of the record, erasure
 * requests and break-glass access. A copy is downloadable only by its requester, so the archive
 * route gets the caller's own ready copy; decisions and reviews get fresh requests and accesses
 * of fresh patients, so an erasure carried out touches no other row's patient.
 */

const patientRecords = { admin: ['own', 'other'] } as const;
const admin = { admin: true } as const;

export const privacyMatrix: MatrixRow[] = [
  { route: 'GET /api/portal/privacy', allow: { patient: true } },
  { route: 'POST /api/portal/privacy/exports', allow: { patient: true } },
  { route: 'POST /api/portal/privacy/erasure-requests', allow: { patient: true } },
  { route: 'POST /api/patients/:patientId/privacy-exports', allow: { ...patientRecords } },
  { route: 'POST /api/patients/:patientId/erasure-requests', allow: { ...patientRecords } },
  { route: 'GET /api/privacy/exports', allow: { ...admin } },
  { route: 'GET /api/privacy/exports/:exportId/archive', allow: { admin: true, patient: true } },
  { route: 'GET /api/privacy/erasure-requests', allow: { ...admin } },
  { route: 'GET /api/privacy/erasure-requests/:requestId', allow: { ...admin } },
  { route: 'POST /api/privacy/erasure-requests/:requestId/carry-out', allow: { ...admin } },
  { route: 'POST /api/privacy/erasure-requests/:requestId/decline', allow: { ...admin } },
  {
    route: 'POST /api/break-glass',
    allow: { admin: true, medical_director: true, practitioner: true, front_desk: true },
  },
  { route: 'GET /api/privacy/break-glass', allow: { ...admin } },
  { route: 'POST /api/privacy/break-glass/:accessId/review', allow: { ...admin } },
];

const drain = (f: MatrixFixtures) =>
  createDrainer({
    db: f.t.deps.db,
    deps: f.t.deps,
    jobs: allJobs,
    log: pino({ level: 'silent' }),
    clock: f.t.clock,
    pollMs: 50,
  }).drain();

/** A ready copy the caller asked for; for anyone else, an id that names nothing they may see. */
async function ownCopy(f: MatrixFixtures, caller: Caller | 'anonymous'): Promise<string> {
  if (caller !== 'admin' && caller !== 'patient') return newId();
  const url =
    caller === 'admin' ? `/api/patients/${f.ids.own}/privacy-exports` : '/api/portal/privacy/exports';
  const response = await f.t.app.inject({ method: 'POST', url, headers: f.browsers[caller].headers });
  await drain(f);
  return response.json<{ id: string }>().id;
}

/** An open erasure request of a patient made for this call alone. */
async function freshRequest(f: MatrixFixtures): Promise<string> {
  const id = newId();
  const patient = await f.clinicA.addPatient();
  await f.t.deps.db
    .insertInto('erasure_request')
    .values({
      id,
      clinic_id: f.clinicA.id,
      patient_id: patient.id,
      requested_via: 'staff',
      requested_by: f.ids.user,
      requested_at: f.t.clock.now(),
      reason: 'Asked at the desk (matrix)',
    })
    .execute();
  return id;
}

async function freshAccess(f: MatrixFixtures): Promise<string> {
  const id = newId();
  const now = f.t.clock.now();
  await f.t.deps.db
    .insertInto('break_glass_access')
    .values({
      id,
      clinic_id: f.clinicA.id,
      patient_id: f.ids.other,
      user_id: f.ids.user,
      reason: 'Covering for a colleague (matrix)',
      restricted: false,
      opened_at: now,
      expires_at: new Date(now.getTime() + 60_000),
    })
    .execute();
  return id;
}

/** Fills the privacy routes' own path parameters; other paths pass through. */
export async function withPrivacyIds(f: MatrixFixtures, path: string, caller: Caller | 'anonymous') {
  if (path.includes(':exportId')) return path.replace(':exportId', await ownCopy(f, caller));
  if (path.includes(':requestId')) return path.replace(':requestId', await freshRequest(f));
  if (path.includes(':accessId')) return path.replace(':accessId', await freshAccess(f));
  return path;
}

export const privacyBodies = (fixtures: () => MatrixFixtures): Record<string, () => object> => ({
  'POST /api/portal/privacy/erasure-requests': () => ({ reason: 'Matrix' }),
  'POST /api/patients/:patientId/erasure-requests': () => ({
    receivedVia: 'phone',
    reason: 'Asked by phone',
  }),
  'POST /api/privacy/erasure-requests/:requestId/carry-out': () => ({ note: 'Identity checked (matrix)' }),
  'POST /api/privacy/erasure-requests/:requestId/decline': () => ({ note: 'Not the patient (matrix)' }),
  'POST /api/break-glass': () => ({
    patientId: fixtures().ids.own,
    reason: 'Covering for a colleague (matrix)',
  }),
  'POST /api/privacy/break-glass/:accessId/review': () => ({ note: 'Justified' }),
});
