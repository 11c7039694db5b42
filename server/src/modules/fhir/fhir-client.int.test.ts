import type { AddressInfo } from 'node:net';
import { Client, RESPONSE_KEY, type FhirResource, type FhirResponse } from 'fhir-kit-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { at, TOMORROW } from '../booking/booking-test-kit';
import { CORIUM_SYSTEM } from './clinical.mapper';
import { fhirWorld, type FhirWorld } from './fhir-test-kit';

/**
 * An off-the-shelf FHIR client (fhir-kit-client) against Corium on a real port: what a
 * third-party integration would do, over HTTP, with a staff API token as its bearer token.
 */
let t: TestApp;
let w: FhirWorld;
let origin: string;
let client: Client;

beforeAll(async () => {
  t = await buildTestApp();
  w = await fhirWorld(t);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  client = new Client({ baseUrl: `${origin}/fhir/R4`, bearerToken: w.tokens.front_desk });
});
afterAll(() => t.close());

interface HttpFailure {
  response: { status: number; data: { resourceType: string; issue: { code: string }[] } };
}
const failure = async (promise: Promise<unknown>): Promise<HttpFailure['response']> => {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as HttpFailure | null;
  if (error === null) throw new Error('The request succeeded');
  return error.response;
};
const responseOf = (resource: FhirResource): Response => (resource as FhirResponse)[RESPONSE_KEY]!;
type Bundle = FhirResource & { link: { relation: string; url: string }[] };
const ids = (bundle: FhirResource) =>
  ((bundle.entry ?? []) as { resource: { id: string } }[]).map((e) => e.resource.id);

const native = (path: string) =>
  fetch(`${origin}${path}`, { headers: { authorization: `Bearer ${w.tokens.front_desk}` } });

/** A new patient; each test's are unlike any other (else the create is refused as a likely duplicate). */
const newPatient = (family: string, given = family, birthDate = '1991-03-04') => ({
  resourceType: 'Patient',
  name: [{ family, given: [given] }],
  gender: 'female',
  birthDate,
  telecom: [{ system: 'email', value: `${family.toLowerCase()}@client.test` }],
});

const appointment = (patientId: string, time: string) => ({
  resourceType: 'Appointment',
  status: 'booked',
  start: at(TOMORROW, time),
  serviceType: [{ coding: [{ system: `${CORIUM_SYSTEM}/service`, code: 'consultation' }] }],
  participant: [
    { actor: { reference: `Patient/${patientId}` }, status: 'accepted' },
    { actor: { reference: `Practitioner/${w.practitionerId}` }, status: 'accepted' },
    { actor: { reference: `Location/${w.rooms.consult}` }, status: 'accepted' },
  ],
});

describe('an off-the-shelf FHIR client on a real port', () => {
  it('reads the CapabilityStatement and a patient', async () => {
    const statement = await client.capabilityStatement();
    expect(statement.resourceType).toBe('CapabilityStatement');
    const patient = await client.read({ resourceType: 'Patient', id: w.patientId });
    expect(patient.id).toBe(w.patientId);
    expect(responseOf(patient).headers.get('etag')).toMatch(/^W\/"\d+"$/);
    const missing = await failure(client.read({ resourceType: 'Patient', id: w.foreignPatientId }));
    expect([missing.status, missing.data.resourceType]).toEqual([404, 'OperationOutcome']);
  });

  it('searches and pages to the end with nextPage', async () => {
    for (const [i, family] of ['Pager-a', 'Pager-b', 'Pager-c'].entries())
      await client.create({
        resourceType: 'Patient',
        body: newPatient(family, `Page${i}`, `198${i}-0${i + 1}-1${i}`),
      });
    let bundle = (await client.search({
      resourceType: 'Patient',
      searchParams: { family: 'Pager', _count: '2', _sort: '-family' },
    })) as Bundle;
    expect(bundle.total).toBe(3);
    const seen = [...ids(bundle)];
    for (let next = client.nextPage({ bundle }); next; next = client.nextPage({ bundle })) {
      bundle = (await next) as Bundle;
      seen.push(...ids(bundle));
    }
    const families = await Promise.all(
      seen.map(async (id) => {
        const patient = await client.read({ resourceType: 'Patient', id });
        return (patient.name as { family: string }[])[0]!.family;
      }),
    );
    expect(families).toEqual(['Pager-c', 'Pager-b', 'Pager-a']);
  });

  it('creates a patient the native API then shows', async () => {
    const created = await client.create({
      resourceType: 'Patient',
      body: newPatient('Roundtrip', 'Client', '1972-05-06'),
    });
    expect(responseOf(created).status).toBe(201);
    const record = await native(`/api/patients/${created.id}`);
    expect(record.status).toBe(200);
    expect(await record.json()).toMatchObject({
      id: created.id,
      familyName: 'Roundtrip',
      givenName: 'Client',
    });
  });

  it('updates with If-Match, and refuses a stale version', async () => {
    const created = await client.create({
      resourceType: 'Patient',
      body: newPatient('Versioned', 'Vera', '1968-11-12'),
    });
    const id = String(created.id);
    const read = await client.read({ resourceType: 'Patient', id });
    const tag = responseOf(read).headers.get('etag')!;
    const body = { ...read, name: [{ family: 'Versioned', given: ['Renamed'] }] };
    const options = { headers: { 'If-Match': tag } };
    const updated = await client.update({ resourceType: 'Patient', id, body, options });
    expect(updated.name).toMatchObject([{ family: 'Versioned', given: ['Renamed'] }]);
    expect(responseOf(updated).headers.get('etag')).not.toBe(tag);
    const stale = await failure(client.update({ resourceType: 'Patient', id, body, options }));
    expect([stale.status, stale.data.issue[0]!.code]).toEqual([412, 'conflict']);
  });

  it('books an appointment the calendar feed then shows', async () => {
    const { id: patientId } = await w.clinic.addPatient();
    const booked = await client.create({
      resourceType: 'Appointment',
      body: appointment(patientId, '11:00'),
    });
    expect(responseOf(booked).status).toBe(201);
    expect(booked).toMatchObject({ status: 'booked', start: at(TOMORROW, '11:00') });
    const calendar = await native(`/api/appointments?from=${TOMORROW}T00:00:00Z&to=${TOMORROW}T23:59:00Z`);
    expect(calendar.status).toBe(200);
    expect(await calendar.text()).toContain(booked.id);
    const again = await failure(
      client.create({
        resourceType: 'Appointment',
        body: appointment((await w.clinic.addPatient()).id, '11:00'),
      }),
    );
    expect([again.status, again.data.resourceType, again.data.issue[0]!.code]).toEqual([
      409,
      'OperationOutcome',
      'conflict',
    ]);
  });

  it('finds the booking with its patient included', async () => {
    const bundle = await client.search({
      resourceType: 'Appointment',
      searchParams: { _id: w.appointmentId, _include: 'Appointment:patient' },
    });
    const entry = bundle.entry as {
      resource: { resourceType: string; id: string };
      search: { mode: string };
    }[];
    expect(entry.map((e) => [e.search.mode, e.resource.resourceType, e.resource.id])).toEqual([
      ['match', 'Appointment', w.appointmentId],
      ['include', 'Patient', w.patientId],
    ]);
  });
});
