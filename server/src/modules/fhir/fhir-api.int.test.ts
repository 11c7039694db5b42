import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { entries, fhir, fhirWorld, type FhirWorld } from './fhir-test-kit';
import { r4Problems } from './r4-conformance';

let t: TestApp;
let w: FhirWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await fhirWorld(t);
});
afterAll(() => t.close());

const outcomeCode = (body: string) => JSON.parse(body).issue[0].code as string;

describe('FHIR R4 base', () => {
  it('describes exactly what it implements in a public CapabilityStatement', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/fhir/R4/metadata' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/fhir+json');
    const statement = response.json();
    expect(statement).toMatchObject({
      resourceType: 'CapabilityStatement',
      fhirVersion: '4.0.1',
      kind: 'instance',
    });
    expect(r4Problems(statement)).toEqual([]);
    const types = statement.rest[0].resource.map((r: { type: string }) => r.type);
    expect(types).toEqual([
      'Patient',
      'Practitioner',
      'PractitionerRole',
      'Location',
      'Device',
      'Appointment',
      'Condition',
      'AllergyIntolerance',
      'MedicationStatement',
      'QuestionnaireResponse',
      'Consent',
      'CarePlan',
      'Observation',
      'Procedure',
      'AdverseEvent',
      'Media',
      'Questionnaire',
      'AuditEvent',
      'Schedule',
      'Slot',
    ]);
    const patient = statement.rest[0].resource[0];
    expect(patient.interaction.map((i: { code: string }) => i.code)).toEqual([
      'read',
      'search-type',
      'create',
      'update',
    ]);
    expect(patient.searchParam.map((p: { name: string }) => p.name)).toContain('birthdate');
    expect(statement.rest[0].operation).toEqual([
      { name: 'export', definition: 'http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export' },
    ]);
  });

  it('answers errors with OperationOutcomes and the right status', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/fhir/R4/Patient' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/fhir+json');
    expect(r4Problems(anonymous.json())).toEqual([]);
    expect(anonymous.json()).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'login' }],
    });
    const badToken = await t.app.inject({
      method: 'GET',
      url: '/fhir/R4/Patient',
      headers: { authorization: 'Bearer nope' },
    });
    expect(badToken.statusCode).toBe(401);
    const forbidden = await fhir(t, w.tokens.front_desk, 'GET', '/AllergyIntolerance');
    expect([forbidden.statusCode, outcomeCode(forbidden.body)]).toEqual([403, 'forbidden']);
    const missing = await fhir(t, w.tokens.admin, 'GET', `/Patient/${w.foreignPatientId}`);
    expect([missing.statusCode, outcomeCode(missing.body)]).toEqual([404, 'not-found']);
    const noRoute = await fhir(t, w.tokens.admin, 'GET', '/Encounter');
    expect([noRoute.statusCode, outcomeCode(noRoute.body)]).toEqual([404, 'not-found']);
    const badParam = await fhir(t, w.tokens.admin, 'GET', '/Patient?shoeSize=42');
    expect([badParam.statusCode, outcomeCode(badParam.body)]).toEqual([400, 'invalid']);
    expect(badParam.json().issue[0].expression).toEqual(['querystring.shoeSize']);
    const badDate = await fhir(t, w.tokens.admin, 'GET', '/Patient?birthdate=ge19-90');
    expect(badDate.statusCode).toBe(400);
  });

  it('ignores unknown parameters when the client asks for lenient handling', async () => {
    const response = await fhir(t, w.tokens.admin, 'GET', `/Patient?shoeSize=42&_id=${w.patientId}`, {
      headers: { prefer: 'handling=lenient' },
    });
    expect(response.statusCode).toBe(200);
    expect(entries(response).map((p) => p.id)).toEqual([w.patientId]);
  });
});

describe('Patient search', () => {
  const ids = async (query: string) =>
    entries(await fhir(t, w.tokens.front_desk, 'GET', `/Patient?${query}`)).map((p) => p.id as string);

  it('finds by name, family, given, identifier, e-mail and phone', async () => {
    const { email } = await t.deps.db
      .selectFrom('patient')
      .select('email')
      .where('id', '=', w.patientId)
      .executeTakeFirstOrThrow();
    const family = (
      await t.deps.db
        .selectFrom('patient')
        .select('family_name')
        .where('id', '=', w.patientId)
        .executeTakeFirstOrThrow()
    ).family_name;
    expect(await ids(`family=${encodeURIComponent(family)}`)).toEqual([w.patientId]);
    expect(await ids(`name=${encodeURIComponent(family.toUpperCase())}`)).toEqual([w.patientId]);
    expect(await ids(`given=test&family:exact=${encodeURIComponent(family)}`)).toEqual([w.patientId]);
    expect(await ids(`identifier=urn:ietf:rfc:3986|urn:uuid:${w.patientId}`)).toEqual([w.patientId]);
    expect(await ids(`identifier=http://other.example|${w.patientId}`)).toEqual([]);
    expect(await ids(`email=${encodeURIComponent(email!.toUpperCase())}`)).toEqual([w.patientId]);
    expect(await ids('phone=%2B44%20000')).toEqual([]);
  });

  it('compares birth dates with FHIR prefixes at the precision given', async () => {
    const all = [w.patientId, w.otherPatientId].sort();
    expect((await ids('birthdate=1990-04-01')).sort()).toEqual(all);
    expect((await ids('birthdate=1990')).sort()).toEqual(all);
    expect((await ids('birthdate=1990-05')).sort()).toEqual([]);
    expect((await ids('birthdate=ge1990-04-01&birthdate=le1990-04')).sort()).toEqual(all);
    expect(await ids('birthdate=gt1990-04-01')).toEqual([]);
    expect(await ids('birthdate=lt1990-04-01')).toEqual([]);
    expect(await ids('birthdate=ne1990')).toEqual([]);
  });

  it('pages with _count and Bundle links, never beyond the cap', async () => {
    const first = await fhir(t, w.tokens.front_desk, 'GET', '/Patient?birthdate=1990&_count=1');
    const bundle = first.json();
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 2 });
    expect(bundle.entry).toHaveLength(1);
    const next = bundle.link.find((l: { relation: string }) => l.relation === 'next').url as string;
    expect(next).toContain('/fhir/R4/Patient?birthdate=1990&_count=1&_offset=1');
    const second = await fhir(t, w.tokens.front_desk, 'GET', next.slice(next.indexOf('/Patient')));
    expect(second.json().link.map((l: { relation: string }) => l.relation)).toEqual(['self', 'previous']);
    expect(entries(second)[0]!.id).not.toBe(bundle.entry[0].resource.id);
    const capped = await fhir(t, w.tokens.front_desk, 'GET', '/Patient?_count=5000');
    expect(capped.json().link[0].url).toContain('_count=100');
  });

  it('audits every search with every patient in the result', async () => {
    await fhir(t, w.tokens.front_desk, 'GET', '/Patient?birthdate=1990');
    const event = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'resource_type', 'patient_ids', 'actor_token_id'])
      .where('clinic_id', '=', w.clinic.id)
      .where('resource_type', '=', 'fhir.Patient')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(event.action).toBe('search');
    expect(event.actor_token_id).not.toBeNull();
    expect([...event.patient_ids].sort()).toEqual([w.patientId, w.otherPatientId].sort());
  });
});
