import pino from 'pino';
import { allJobs } from '../src/jobs';
import { newId } from '../src/platform/ids';
import { createDrainer } from '../src/platform/jobs/worker';
import { freshConsent, nextBooking, type MatrixFixtures } from './authorization-fixtures';
import { sessionWorld, treatPatient } from '../src/modules/fhir/fhir-clinical-test-kit';
import type { Caller, MatrixRow } from './authorization-matrix';

/**
 * FHIR in the authorization matrix: for `:id`, a real resource of every type that belongs to
 * the patient with a portal account (so that patient may read it too, and staff see it in their
 * clinic); for bulk export, an export of the caller's own, since only its requester may see it.
 */

const fhirIds = new WeakMap<MatrixFixtures, Promise<Record<string, string>>>();

async function call(
  f: MatrixFixtures,
  caller: Caller,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: object,
) {
  const response = await f.t.app.inject({ method, url, headers: f.browsers[caller].headers, payload });
  if (response.statusCode >= 300)
    throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** Gives the patient something of every kind FHIR maps, then finds one resource of each type. */
async function recordAndFind(f: MatrixFixtures): Promise<Record<string, string>> {
  const patientId = f.ids.ownPatientOfPatient;
  const base = `/api/patients/${patientId}`;
  await call(f, 'medical_director', 'PATCH', base, { concerns: ['acne_scars'], fitzpatrickType: 2 });
  await call(f, 'medical_director', 'POST', `${base}/medical-history`, {
    answers: { anticoagulants: true, allergies: ['nickel'] },
  });
  await call(f, 'medical_director', 'POST', `${base}/treatment-series`, {
    concerns: ['acne_scars'],
    modality: 'microneedling',
    plannedDepthMm: { cheeks: 1 },
  });
  await call(f, 'front_desk', 'POST', `${base}/appointments`, nextBooking(f));
  await freshConsent(f, patientId);
  const types = ['Patient', 'Appointment', 'CarePlan', 'Condition', 'Observation', 'AllergyIntolerance'];
  const ids: Record<string, string> = {};
  for (const type of [...types, 'MedicationStatement', 'QuestionnaireResponse', 'Consent'])
    ids[type] = (
      await call(
        f,
        'medical_director',
        'GET',
        `/fhir/R4/${type}?${type === 'Patient' ? '_id' : 'patient'}=${patientId}`,
      )
    ).entry[0].resource.id;
  for (const type of ['Practitioner', 'PractitionerRole', 'Location', 'Device'])
    ids[type] = (await call(f, 'medical_director', 'GET', `/fhir/R4/${type}`)).entry[0].resource.id;
  return { ...ids, ...(await treatAndFind(f)) };
}

/** The types over a signed session and what followed it, the audit trail and free time. */
async function treatAndFind(f: MatrixFixtures): Promise<Record<string, string>> {
  const clinic = {
    clinicId: f.clinicA.id,
    bookable: f.bookable,
    practitionerId: f.ids.user,
    clinicianHeaders: f.browsers.medical_director.headers,
  };
  const yesterday = new Date(f.t.clock.now().getTime() - 86_400_000);
  const treated = await treatPatient(
    f.t,
    clinic,
    f.ids.ownPatientOfPatient,
    await sessionWorld(f.t, clinic, ' (FHIR)'),
    yesterday,
  );
  const first = async (caller: Caller, query: string) =>
    (await call(f, caller, 'GET', `/fhir/R4/${query}`)).entry[0].resource.id as string;
  return {
    Procedure: treated.sessionId,
    AdverseEvent: treated.adverseEventId,
    Media: treated.photoId,
    Questionnaire: 'intake',
    AuditEvent: await first('admin', 'AuditEvent'),
    Schedule: f.ids.user,
    Slot: await first('admin', `Slot?${slotQuery(f)}`),
  };
}

/** Free consultations of the matrix's clinician over the next two weeks. */
const slotQuery = (f: MatrixFixtures): string => {
  const day = (offset: number) =>
    new Date(f.t.clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return `schedule=Schedule/${f.ids.user}&service-type=consultation&start=ge${day(1)}&start=le${day(14)}`;
};

const fhirClinical = { medical_director: true, practitioner: true, patient: true } as const;
const allStaff = { admin: true, medical_director: true, practitioner: true, front_desk: true } as const;
const readable = (type: string, allow: MatrixRow['allow']): MatrixRow[] => [
  { route: `GET /fhir/R4/${type}`, allow },
  { route: `GET /fhir/R4/${type}/:id`, allow },
];

/**
 * Sessions, adverse events and photos are clinical, each patient's own; the intake form is for
 * everyone; the audit trail for admins; schedules and free slots for staff, who book.
 */
export const fhirClinicalMatrix: MatrixRow[] = [
  ...readable('Procedure', fhirClinical),
  ...readable('AdverseEvent', fhirClinical),
  ...readable('Media', fhirClinical),
  ...readable('Questionnaire', { ...allStaff, patient: true }),
  ...readable('AuditEvent', { admin: true }),
  ...readable('Schedule', allStaff),
  ...readable('Slot', allStaff),
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

/** A finished export of the caller's own; another caller's export id names nothing they may see. */
async function ownExport(f: MatrixFixtures, caller: Caller | 'anonymous'): Promise<string> {
  if (caller !== 'admin' && caller !== 'patient') return newId();
  const kickOff =
    caller === 'admin' ? '/fhir/R4/$export?_type=Patient' : '/fhir/R4/Patient/$export?_type=Patient';
  const response = await f.t.app.inject({
    method: 'GET',
    url: kickOff,
    headers: { ...f.browsers[caller].headers, prefer: 'respond-async' },
  });
  await drain(f);
  return String(response.headers['content-location']).split('/').pop()!;
}

export async function fhirUrl(
  f: MatrixFixtures,
  path: string,
  caller: Caller | 'anonymous',
): Promise<string> {
  if (path.includes(':exportId'))
    return path.replace(':exportId', await ownExport(f, caller)).replace(':file', 'Patient.ndjson');
  if (path === '/fhir/R4/Slot') return `${path}?${slotQuery(f)}`;
  if (!path.includes(':id')) return path;
  if (!fhirIds.has(f)) fhirIds.set(f, recordAndFind(f));
  const type = path.split('/')[3]!;
  return path.replace(':id', (await fhirIds.get(f)!)[type]!);
}

/** Bulk export runs only asynchronously: its kick-offs need the Prefer header. */
export const fhirHeaders = (route: string): Record<string, string> =>
  /\$export($|\?)/.test(route) ? { prefer: 'respond-async' } : {};

export const fhirBodies = (fixtures: () => MatrixFixtures): Record<string, () => Promise<object>> => ({
  'POST /fhir/R4/Patient': async () => ({
    resourceType: 'Patient',
    name: [{ family: `Matrix ${newId()}`, given: ['Fhir'] }],
    gender: 'female',
    birthDate: '1984-06-06',
  }),
  // A consultation of a half hour of its own, as the native booking rows take theirs.
  'POST /fhir/R4/Appointment': async () => {
    const f = fixtures();
    const booking = nextBooking(f);
    const actor = (reference: string) => ({ actor: { reference }, status: 'accepted' });
    return {
      resourceType: 'Appointment',
      status: 'booked',
      start: booking.start,
      serviceType: [{ coding: [{ code: 'consultation' }] }],
      participant: [
        actor(`Patient/${f.ids.own}`),
        actor(`Practitioner/${booking.assignment.practitioner}`),
        actor(`Location/${booking.assignment.room}`),
      ],
    };
  },
  // The patient as they are: each allowed update leaves the record unchanged.
  'PUT /fhir/R4/Patient/:id': async () => {
    const f = fixtures();
    const patient = await call(f, 'admin', 'GET', `/fhir/R4/Patient/${f.ids.ownPatientOfPatient}`);
    delete patient.meta;
    return patient;
  },
});
