import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { resourceDefinitions } from './fhir-registry';
import { r4Problems } from './r4-conformance';
import { freeSlotsQuery } from './fhir-clinical-test-kit';
import { entries, fhir, fhirWorld, type FhirWorld } from './fhir-test-kit';

let t: TestApp;
let w: FhirWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await fhirWorld(t);
});
afterAll(() => t.close());

type Resource = Record<string, unknown> & { id: string; resourceType: string };
const search = async (token: string, query: string) => {
  const response = await fhir(t, token, 'GET', query);
  expect(response.statusCode, response.body).toBe(200);
  return entries<Resource>(response);
};
const read = async (token: string, type: string, id: string) => {
  const response = await fhir(t, token, 'GET', `/${type}/${id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Resource>();
};

describe('FHIR resources of a patient', () => {
  it('maps the patient record', async () => {
    const patient = await read(w.tokens.front_desk, 'Patient', w.patientId);
    expect(patient).toMatchObject({
      resourceType: 'Patient',
      id: w.patientId,
      meta: { versionId: '2' },
      identifier: [{ system: 'urn:ietf:rfc:3986', value: `urn:uuid:${w.patientId}` }],
      active: true,
      gender: 'female',
      birthDate: '1990-04-01',
    });
  });

  it('maps appointments with their participants and finds them by patient, practitioner, date and status', async () => {
    const appointment = await read(w.tokens.front_desk, 'Appointment', w.appointmentId);
    expect(appointment).toMatchObject({
      status: 'booked',
      start: '2026-12-02T10:00:00.000Z',
      minutesDuration: expect.any(Number),
    });
    const actors = (appointment.participant as { actor: { reference: string } }[]).map(
      (p) => p.actor.reference,
    );
    expect(actors).toEqual(
      expect.arrayContaining([
        `Patient/${w.patientId}`,
        `Practitioner/${w.practitionerId}`,
        `Location/${w.rooms.consult}`,
      ]),
    );
    const found = (query: string) =>
      search(w.tokens.front_desk, `/Appointment?${query}`).then((r) => r.map((a) => a.id));
    // The consultation booked in the world, and the visit of the signed session the day before it.
    expect((await found(`patient=Patient/${w.patientId}`)).at(-1)).toBe(w.appointmentId);
    expect(await found(`patient=Patient/${w.patientId}&date=2026-12-02`)).toEqual([w.appointmentId]);
    expect(await found(`practitioner=${w.practitionerId}&date=2026-12-02&status=booked`)).toEqual([
      w.appointmentId,
    ]);
    expect(await found('date=lt2026-12-01')).toEqual([]);
    expect(await found('status=cancelled')).toEqual([]);
  });

  it('maps the treatment series, concerns, Fitzpatrick type and consent', async () => {
    const plan = await read(w.tokens.front_desk, 'CarePlan', w.seriesId);
    expect(plan).toMatchObject({
      status: 'active',
      intent: 'plan',
      subject: { reference: `Patient/${w.patientId}` },
    });
    const conditions = await search(w.tokens.front_desk, `/Condition?patient=${w.patientId}`);
    expect(conditions.map((c) => (c.code as { coding: { code: string }[] }).coding[0]!.code).sort()).toEqual([
      'acne_scars',
      'texture',
    ]);
    expect(await read(w.tokens.front_desk, 'Condition', conditions[0]!.id)).toEqual(conditions[0]);
    const [fitzpatrick] = await search(
      w.tokens.practitioner,
      `/Observation?subject=Patient/${w.patientId}&code=fitzpatrick-skin-type`,
    );
    expect(fitzpatrick).toMatchObject({ status: 'final', valueCodeableConcept: { coding: [{ code: '3' }] } });
    const consent = await read(w.tokens.front_desk, 'Consent', w.consentId);
    expect(consent).toMatchObject({
      status: 'active',
      patient: { reference: `Patient/${w.patientId}` },
      sourceAttachment: { contentType: 'application/pdf' },
    });
    const pdf = (consent.sourceAttachment as { url: string }).url;
    const download = await t.app.inject({
      method: 'GET',
      url: pdf.slice(pdf.indexOf('/api/')),
      headers: w.frontDesk.headers,
    });
    expect([download.statusCode, download.headers['content-type']]).toEqual([200, 'application/pdf']);
  });

  it('maps the intake answers: questionnaire response, allergies and medicines', async () => {
    const [answers] = await search(w.tokens.practitioner, `/QuestionnaireResponse?patient=${w.patientId}`);
    const items = answers!.item as { linkId: string; answer?: unknown[] }[];
    expect(items.find((i) => i.linkId === 'anticoagulants')?.answer).toEqual([{ valueBoolean: true }]);
    const allergies = await search(w.tokens.practitioner, `/AllergyIntolerance?patient=${w.patientId}`);
    expect(allergies.map((a) => (a.code as { text: string }).text)).toEqual(['Nickel', 'Latex gloves']);
    const medicines = await search(w.tokens.practitioner, `/MedicationStatement?patient=${w.patientId}`);
    expect(
      medicines.map((m) => [
        m.status,
        (m.medicationCodeableConcept as { coding?: { code: string }[] }).coding?.[0]?.code,
      ]),
    ).toEqual([
      ['active', 'B01A'],
      ['completed', 'D10BA01'],
    ]);
    expect(await read(w.tokens.practitioner, 'MedicationStatement', medicines[1]!.id)).toEqual(medicines[1]);
  });

  it('maps the clinic: practitioners, roles, locations with rooms, devices', async () => {
    const practitioners = await search(w.tokens.front_desk, '/Practitioner');
    expect(practitioners.map((p) => p.id)).toContain(w.practitionerId);
    const role = await read(w.tokens.front_desk, 'PractitionerRole', w.directorId);
    expect(role).toMatchObject({
      code: [{ coding: [{ code: 'doctor' }] }],
      location: [{ reference: `Location/${w.locationId}` }],
    });
    const rooms = await search(w.tokens.front_desk, `/Location?partof=${w.locationId}`);
    expect(rooms).toHaveLength(3);
    expect(rooms[0]).toMatchObject({
      partOf: { reference: `Location/${w.locationId}` },
      physicalType: { coding: [{ code: 'ro' }] },
    });
    const pen = await read(w.tokens.front_desk, 'Device', w.devices.penInMaintenance);
    expect(pen).toMatchObject({ status: 'inactive', serialNumber: expect.stringMatching(/^P3-/) });
  });
});

describe('R4 conformance', () => {
  it('every search answer of every type passes the R4 checks', async () => {
    for (const definition of resourceDefinitions) {
      const token = definition.type === 'AuditEvent' ? w.tokens.admin : w.tokens.medical_director;
      const query = definition.type === 'Slot' ? `&${freeSlotsQuery(w)}` : '';
      const response = await fhir(t, token, 'GET', `/${definition.type}?_count=100${query}`);
      expect(response.statusCode, definition.type).toBe(200);
      const bundle = response.json<Record<string, unknown>>();
      expect(r4Problems(bundle), definition.type).toEqual([]);
      expect(entries(response).length, definition.type).toBeGreaterThan(0);
    }
  });
});

describe('a patient sees only their own compartment', () => {
  it('every search and read of every type', async () => {
    for (const definition of resourceDefinitions.filter(
      (d) => d.compartment && d.roles.includes('patient'),
    )) {
      const own = await search(w.tokens.patient, `/${definition.type}`);
      const staff = await search(w.tokens.medical_director, `/${definition.type}?_count=100`);
      const notOwn = staff.filter((r) => !JSON.stringify(r).includes(w.patientId));
      expect(own.length, definition.type).toBeGreaterThan(0);
      for (const resource of own) expect(JSON.stringify(resource), definition.type).toContain(w.patientId);
      for (const resource of notOwn) {
        const response = await fhir(t, w.tokens.patient, 'GET', `/${definition.type}/${resource.id}`);
        expect(response.statusCode, `${definition.type}/${resource.id}`).toBe(404);
      }
      const smuggled = await search(
        w.tokens.patient,
        `/${definition.type}?_count=100&${definition.type === 'Patient' ? '_id' : 'patient'}=${w.otherPatientId}`,
      );
      expect(smuggled, definition.type).toEqual([]);
    }
  });

  it('gets everything of their own record through $everything, and nothing of anyone else', async () => {
    const everything = await fhir(t, w.tokens.patient, 'GET', `/Patient/${w.patientId}/$everything`);
    expect(everything.statusCode, everything.body).toBe(200);
    expect(r4Problems(everything.json())).toEqual([]);
    const types = new Set(entries<Resource>(everything).map((r) => r.resourceType));
    expect([...types].sort()).toEqual(
      resourceDefinitions
        .filter((d) => d.compartment)
        .map((d) => d.type)
        .sort(),
    );
    expect(everything.body).not.toContain(w.otherPatientId);
    expect(
      (await fhir(t, w.tokens.patient, 'GET', `/Patient/${w.otherPatientId}/$everything`)).statusCode,
    ).toBe(404);
    const frontDesk = await fhir(t, w.tokens.front_desk, 'GET', `/Patient/${w.patientId}/$everything`);
    const seen = entries<Resource>(frontDesk).map((r) => r.resourceType);
    expect(seen).toContain('Consent');
    expect(seen).not.toContain('AllergyIntolerance');
  });

  it('reads their own Patient and nobody else', async () => {
    expect((await read(w.tokens.patient, 'Patient', w.patientId)).id).toBe(w.patientId);
    expect((await fhir(t, w.tokens.patient, 'GET', `/Patient/${w.otherPatientId}`)).statusCode).toBe(404);
    expect((await fhir(t, w.tokens.patient, 'GET', '/Practitioner')).statusCode).toBe(403);
  });
});

describe('Patient writes', () => {
  const newPatient = {
    resourceType: 'Patient',
    name: [{ family: 'Okafor', given: ['Adaeze'] }],
    gender: 'female',
    birthDate: '1988-02-29',
    telecom: [{ system: 'email', value: 'adaeze@example.test' }],
  };

  it('creates a patient from a FHIR Patient, with Location and ETag', async () => {
    const created = await fhir(t, w.tokens.front_desk, 'POST', '/Patient', {
      payload: newPatient,
      headers: { 'content-type': 'application/fhir+json' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const patient = created.json<Resource>();
    expect(created.headers.location).toMatch(new RegExp(`/fhir/R4/Patient/${patient.id}/_history/1$`));
    expect(created.headers.etag).toBe('W/"1"');
    const native = await t.app.inject({
      method: 'GET',
      url: `/api/patients/${patient.id}`,
      headers: w.frontDesk.headers,
    });
    expect(native.json()).toMatchObject({
      givenName: 'Adaeze',
      familyName: 'Okafor',
      email: 'adaeze@example.test',
    });
    const again = await fhir(t, w.tokens.front_desk, 'POST', '/Patient', { payload: newPatient });
    expect(again.statusCode).toBe(409);
  });

  it('refuses an invalid Patient with the element at fault', async () => {
    const response = await fhir(t, w.tokens.front_desk, 'POST', '/Patient', {
      payload: { ...newPatient, birthDate: 'yesterday' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().issue[0].expression).toEqual(['Patient.birthDate']);
  });

  it('updates with If-Match: the current version wins once, a stale one gets 412', async () => {
    const current = await read(w.tokens.front_desk, 'Patient', w.otherPatientId);
    const version = (current.meta as { versionId: string }).versionId;
    const changed = { ...current, telecom: [{ system: 'phone', value: '+44 20 7946 0018' }] };
    const put = (ifMatch: string) =>
      fhir(t, w.tokens.front_desk, 'PUT', `/Patient/${w.otherPatientId}`, {
        payload: changed,
        headers: { 'if-match': ifMatch },
      });
    const first = await put(`W/"${version}"`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers.etag).toBe(`W/"${Number(version) + 1}"`);
    expect(first.json().telecom).toEqual([{ system: 'phone', value: '+44 20 7946 0018' }]);
    const stale = await put(`W/"${version}"`);
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'conflict' }] });
    expect((await put('three')).statusCode).toBe(400);
  });
});
