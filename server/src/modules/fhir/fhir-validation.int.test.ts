import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { officialProblems } from '../../../test/fhir-validator';
import { seedDemo } from '../../demo/seed-demo';
import { at, dayAfter, TOMORROW } from '../booking/booking-test-kit';
import { createApiToken } from '../identity/tokens.service';
import { CORIUM_SYSTEM } from './clinical.mapper';
import { fhir, fhirWorld, type FhirWorld } from './fhir-test-kit';
import { r4Problems } from './r4-conformance';

/**
 * Everything the FHIR API answers, checked against the official R4 StructureDefinitions (and
 * the required codes and empty values r4-conformance.ts adds): every resource type the
 * CapabilityStatement lists — so a new type is checked without editing this file — on the
 * seeded demo clinic (charts signed, recovery plans made) and the FHIR test world (a treated
 * patient: adverse event, photos, outcome scores), plus the
 * CapabilityStatement, searchset Bundles, $everything and the OperationOutcomes of errors.
 */
let t: TestApp;
let w: FhirWorld;
let demo: Record<'director' | 'admin' | 'patient', string>;

beforeAll(async () => {
  t = await buildTestApp();
  await seedDemo(t.deps);
  w = await fhirWorld(t);
  // After the world, whose clock is its own fixed "now": the tokens must be valid at that time.
  const token = async (email: string) =>
    (await createApiToken(t.deps, { email, name: 'validation', expiresInDays: 1 })).token;
  demo = {
    director: await token('director@demo.corium.clinic'),
    admin: await token('admin@demo.corium.clinic'),
    patient: await token('patient@demo.corium.clinic'),
  };
}, 120_000);
afterAll(() => t.close());

const problems = (resource: Record<string, unknown>) => [
  ...officialProblems(resource),
  ...r4Problems(resource),
];

async function statement() {
  const response = await t.app.inject({ method: 'GET', url: '/fhir/R4/metadata' });
  return response.json<{ rest: { resource: { type: string }[] }[] } & Record<string, unknown>>();
}

/** The searchset of a type for the first caller allowed to search it. */
async function searchAs(tokens: string[], query: string) {
  for (const bearer of tokens) {
    const response = await fhir(t, bearer, 'GET', query);
    if (response.statusCode !== 403) return response;
  }
  throw new Error(`No caller may search ${query}`);
}

/**
 * The criteria a type's search cannot do without, from what earlier types found: free Slots
 * are computed for one schedule over a bounded range, so they are asked for tomorrow.
 */
const narrowing: Record<string, (ids: Record<string, string[]>) => string> = {
  Slot: (ids) =>
    `&schedule=Schedule/${ids.Schedule?.[0] ?? 'none'}&start=ge${TOMORROW}&start=lt${dayAfter(TOMORROW, 1)}`,
};

describe('official R4 validation', () => {
  it('passes the CapabilityStatement', async () => {
    expect(problems(await statement())).toEqual([]);
  });

  it('passes every resource of every type the API lists, in their searchset Bundles and reads', async () => {
    const types = (await statement()).rest[0]!.resource.map((r) => r.type);
    const callers = [
      [demo.director, demo.admin],
      [w.tokens.medical_director, w.tokens.admin],
    ];
    const found: Record<string, number> = {};
    const failures: Record<string, string[]> = {};
    for (const tokens of callers) {
      const ids: Record<string, string[]> = {};
      for (const type of types) {
        const response = await searchAs(tokens, `/${type}?_count=100${narrowing[type]?.(ids) ?? ''}`);
        expect(response.statusCode, `${type}: ${response.body}`).toBe(200);
        const bundle = response.json<{ entry?: { resource: { id: string } }[] } & Record<string, unknown>>();
        const issues = problems(bundle);
        ids[type] = (bundle.entry ?? []).map((e) => e.resource.id);
        const first = ids[type][0];
        if (first) issues.push(...problems((await searchAs(tokens, `/${type}/${first}`)).json()));
        if (issues.length > 0) failures[type] = [...(failures[type] ?? []), ...issues];
        found[type] = (found[type] ?? 0) + ids[type].length;
      }
    }
    expect(failures).toEqual({});
    // Every type was actually exercised: a type with nothing to validate proves nothing.
    expect(types.filter((type) => !found[type])).toEqual([]);
  });

  it('passes a patient’s $everything and a search with included resources', async () => {
    const everything = await fhir(t, w.tokens.medical_director, 'GET', `/Patient/${w.patientId}/$everything`);
    expect(everything.statusCode).toBe(200);
    expect(problems(everything.json())).toEqual([]);
    const portal = await fhir(t, demo.patient, 'GET', '/Appointment?_include=Appointment:actor');
    expect(portal.statusCode).toBe(200);
    expect(problems(portal.json())).toEqual([]);
  });

  it('passes the OperationOutcome of every kind of error', async () => {
    const taken = {
      resourceType: 'Appointment',
      status: 'booked',
      start: at(TOMORROW, '10:00'),
      serviceType: [{ coding: [{ system: `${CORIUM_SYSTEM}/service`, code: 'consultation' }] }],
      participant: [
        { actor: { reference: `Patient/${w.otherPatientId}` }, status: 'accepted' },
        { actor: { reference: `Practitioner/${w.practitionerId}` }, status: 'accepted' },
        { actor: { reference: `Location/${w.rooms.consult}` }, status: 'accepted' },
      ],
    };
    const stale = (await fhir(t, w.tokens.admin, 'GET', `/Patient/${w.otherPatientId}`)).json<object>();
    const errors = [
      await t.app.inject({ method: 'GET', url: '/fhir/R4/Patient' }),
      await fhir(t, w.tokens.front_desk, 'GET', '/AllergyIntolerance'),
      await fhir(t, w.tokens.admin, 'GET', `/Patient/${w.foreignPatientId}`),
      await fhir(t, w.tokens.admin, 'GET', '/Patient?_sort=shoeSize'),
      await fhir(t, w.tokens.front_desk, 'POST', '/Appointment', { payload: taken }),
      await fhir(t, w.tokens.front_desk, 'PUT', `/Patient/${w.otherPatientId}`, {
        payload: stale,
        headers: { 'if-match': 'W/"99"' },
      }),
    ];
    expect(errors.map((e) => e.statusCode)).toEqual([401, 403, 404, 400, 409, 412]);
    for (const error of errors) expect(problems(error.json())).toEqual([]);
  });
});
