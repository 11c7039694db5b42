import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { at, TOMORROW } from '../booking/booking-test-kit';
import { CORIUM_SYSTEM } from './clinical.mapper';
import { fhir, fhirWorld, type FhirWorld } from './fhir-test-kit';
import { r4Problems } from './r4-conformance';

let t: TestApp;
let w: FhirWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await fhirWorld(t);
});
afterAll(() => t.close());

const consultation = (patientId: string, time: string, changes: Record<string, unknown> = {}) => ({
  resourceType: 'Appointment',
  status: 'booked',
  start: at(TOMORROW, time),
  serviceType: [{ coding: [{ system: `${CORIUM_SYSTEM}/service`, code: 'consultation' }] }],
  participant: [
    { actor: { reference: `Patient/${patientId}` }, status: 'accepted' },
    { actor: { reference: `Practitioner/${w.practitionerId}` }, status: 'accepted' },
    { actor: { reference: `Location/${w.rooms.consult}` }, status: 'accepted' },
  ],
  ...changes,
});

const book = (payload: object, token = w.tokens.front_desk) =>
  fhir(t, token, 'POST', '/Appointment', { payload, headers: { 'content-type': 'application/fhir+json' } });

describe('booking through FHIR', () => {
  it('books with the native rules and shows in the calendar', async () => {
    const response = await book(consultation(w.otherPatientId, '11:00'));
    expect(response.statusCode, response.body).toBe(201);
    const appointment = response.json();
    expect(r4Problems(appointment)).toEqual([]);
    expect(appointment).toMatchObject({ status: 'booked', start: at(TOMORROW, '11:00') });
    expect(response.headers.location).toMatch(new RegExp(`/fhir/R4/Appointment/${appointment.id}$`));
    const calendar = await t.app.inject({
      method: 'GET',
      url: `/api/appointments?from=${TOMORROW}T00:00:00Z&to=${TOMORROW}T23:59:00Z`,
      headers: w.frontDesk.headers,
    });
    expect(calendar.statusCode, calendar.body).toBe(200);
    expect(calendar.body).toContain(appointment.id);
  });

  it('answers a taken slot with 409 and an OperationOutcome', async () => {
    const { id } = await w.clinic.addPatient();
    const taken = await book(consultation(id, '10:00'));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().issue[0]).toMatchObject({
      code: 'conflict',
      details: { coding: [{ code: 'SLOT_TAKEN' }] },
    });
  });

  it('lets exactly one of several concurrent bookings of a slot win', async () => {
    const patients = await Promise.all([1, 2, 3].map(() => w.clinic.addPatient()));
    const answers = await Promise.all(patients.map(({ id }) => book(consultation(id, '12:00'))));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409]);
    for (const refused of answers.filter((a) => a.statusCode === 409))
      expect(refused.json()).toMatchObject({
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'conflict', details: { coding: [{ code: 'SLOT_TAKEN' }] } }],
      });
  });

  it('refuses what it cannot book', async () => {
    expect((await book(consultation(w.otherPatientId, '13:00', { status: 'proposed' }))).statusCode).toBe(
      400,
    );
    const unknownService = await book(
      consultation(w.otherPatientId, '13:00', { serviceType: [{ coding: [{ code: 'facelift' }] }] }),
    );
    expect([unknownService.statusCode, unknownService.json().issue[0].expression]).toEqual([
      400,
      ['Appointment.serviceType'],
    ]);
    expect((await book(consultation(w.foreignPatientId, '13:00'))).statusCode).toBe(404);
    expect((await book(consultation(w.otherPatientId, '13:00'), w.tokens.patient)).statusCode).toBe(403);
    const badStart = await book(consultation(w.otherPatientId, '13:00', { start: 'tomorrow' }));
    expect([badStart.statusCode, badStart.json().issue[0].expression]).toEqual([400, ['Appointment.start']]);
  });
});
