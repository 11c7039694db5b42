import { existsSync } from 'node:fs';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { allJobs } from '../../jobs';
import { createDrainer } from '../../platform/jobs/worker';
import { exportDirectory } from './fhir-export.jobs';
import { fhir, fhirWorld, type FhirWorld } from './fhir-test-kit';
import { r4Problems } from './r4-conformance';

let t: TestApp;
let w: FhirWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await fhirWorld(t);
});
afterAll(() => t.close());

const drain = () =>
  createDrainer({
    db: t.deps.db,
    deps: t.deps,
    jobs: allJobs,
    log: pino({ level: 'silent' }),
    clock: t.clock,
    pollMs: 50,
  }).drain();

const async = { headers: { prefer: 'respond-async' } };
/** The path after /fhir/R4 of an absolute FHIR URL the server handed out. */
const local = (url: string) => url.slice(url.indexOf('/fhir/R4') + '/fhir/R4'.length);

async function kickOff(token: string, url: string): Promise<string> {
  const response = await fhir(t, token, 'GET', url, async);
  expect(response.statusCode, response.body).toBe(202);
  return local(response.headers['content-location'] as string);
}

interface Manifest {
  request: string;
  requiresAccessToken: boolean;
  output: { type: string; url: string; count: number }[];
}

async function finished(token: string, status: string): Promise<Manifest> {
  await drain();
  const response = await fhir(t, token, 'GET', status);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Manifest>();
}

const lines = async (token: string, url: string) => {
  const response = await fhir(t, token, 'GET', local(url));
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toContain('application/fhir+ndjson');
  const resources = response.body
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { resourceType: string; id: string });
  for (const resource of resources) expect(r4Problems(resource)).toEqual([]);
  return resources;
};

describe('FHIR bulk export', () => {
  it('runs asynchronously only, for admins, with known types', async () => {
    expect((await fhir(t, w.tokens.admin, 'GET', '/$export')).statusCode).toBe(400);
    expect((await fhir(t, w.tokens.medical_director, 'GET', '/$export', async)).statusCode).toBe(403);
    expect((await fhir(t, w.tokens.patient, 'GET', '/$export', async)).statusCode).toBe(403);
    // Free slots are computed for a request: no export holds them.
    const unknown = await fhir(t, w.tokens.admin, 'GET', '/$export?_type=Slot', async);
    expect([unknown.statusCode, unknown.json().resourceType]).toEqual([400, 'OperationOutcome']);
    const notInCompartment = await fhir(t, w.tokens.admin, 'GET', '/Patient/$export?_type=Device', async);
    expect(notInCompartment.statusCode).toBe(400);
  });

  it('writes NDJSON per type, served only to the requester, and audits every patient', async () => {
    const status = await kickOff(w.tokens.admin, '/$export?_type=Patient,Appointment');
    const pending = await fhir(t, w.tokens.admin, 'GET', status);
    expect([pending.statusCode, pending.headers['x-progress']]).toEqual([202, 'in progress']);
    expect((await fhir(t, w.tokens.patient, 'GET', status)).statusCode).toBe(404);

    const manifest = await finished(w.tokens.admin, status);
    expect(manifest.requiresAccessToken).toBe(true);
    expect(manifest.request).toContain('/fhir/R4/$export?_type=Patient,Appointment');
    expect(manifest.output.map((o) => [o.type, o.count])).toEqual([
      ['Patient', 2],
      // The consultation, and the visits of the two signed sessions (fhir-clinical-test-kit).
      ['Appointment', 3],
    ]);
    const patients = await lines(w.tokens.admin, manifest.output[0]!.url);
    expect(patients.map((p) => p.id).sort()).toEqual([w.patientId, w.otherPatientId].sort());
    expect((await lines(w.tokens.admin, manifest.output[1]!.url)).map((a) => a.id)).toContain(
      w.appointmentId,
    );
    expect((await fhir(t, w.tokens.patient, 'GET', local(manifest.output[0]!.url))).statusCode).toBe(404);

    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select(['patient_ids', 'details'])
      .where('clinic_id', '=', w.clinic.id)
      .where('resource_type', '=', 'fhir.$export')
      .where('action', '=', 'export')
      .orderBy('seq', 'asc')
      .execute();
    expect(audit.map((a) => (a.details as { stage?: string }).stage)).toEqual([
      'requested',
      undefined,
      'downloaded',
      'downloaded',
    ]);
    expect([...audit[1]!.patient_ids].sort()).toEqual([w.patientId, w.otherPatientId].sort());
  });

  it('exports only what changed since _since', async () => {
    const since = new Date(t.clock.now().getTime() + 60_000).toISOString();
    const status = await kickOff(
      w.tokens.admin,
      `/$export?_type=Patient,Location&_since=${encodeURIComponent(since)}`,
    );
    const manifest = await finished(w.tokens.admin, status);
    expect(manifest.output.map((o) => [o.type, o.count])).toEqual([
      ['Patient', 0],
      ['Location', 4],
    ]);
  });

  it('lets a patient export their own compartment, and nothing else', async () => {
    const status = await kickOff(w.tokens.patient, '/Patient/$export');
    const manifest = await finished(w.tokens.patient, status);
    expect(manifest.output.map((o) => o.type)).toEqual(
      expect.arrayContaining([
        'Patient',
        'Appointment',
        'Consent',
        'AllergyIntolerance',
        'QuestionnaireResponse',
        'Procedure',
        'AdverseEvent',
        'Media',
        'Observation',
        'CarePlan',
      ]),
    );
    for (const file of manifest.output)
      for (const resource of await lines(w.tokens.patient, file.url)) {
        expect(JSON.stringify(resource)).toContain(w.patientId);
        expect(JSON.stringify(resource)).not.toContain(w.otherPatientId);
      }
  });

  it('cancels with DELETE, removing the files', async () => {
    const status = await kickOff(w.tokens.admin, '/$export?_type=Patient');
    const manifest = await finished(w.tokens.admin, status);
    const exportId = status.split('/').pop()!;
    const directory = exportDirectory(t.deps, w.clinic.id, exportId);
    expect(existsSync(directory)).toBe(true);
    expect((await fhir(t, w.tokens.patient, 'DELETE', status)).statusCode).toBe(404);
    expect((await fhir(t, w.tokens.admin, 'DELETE', status)).statusCode).toBe(202);
    expect(existsSync(directory)).toBe(false);
    expect((await fhir(t, w.tokens.admin, 'GET', status)).statusCode).toBe(404);
    expect((await fhir(t, w.tokens.admin, 'GET', local(manifest.output[0]!.url))).statusCode).toBe(404);
    expect((await fhir(t, w.tokens.admin, 'DELETE', status)).statusCode).toBe(404);
  });
});
