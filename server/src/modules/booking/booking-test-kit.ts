import { clearIntakeAnswers } from '@corium/contracts';
import type { Appointment, BookAppointmentRequest, IntakeAnswers } from '@corium/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from '../../../test/build-test-app';
import { createTestClinic, type TestClinic } from '../../../test/factories/clinic.factory';
import { signIn, type Browser } from '../../../test/factories/sign-in';
import type { Deps } from '../../deps';
import { newId } from '../../platform/ids';
import { addPractitionerSchedule } from './catalog.service';
import { addDays, instantAt, wallClockOf, wallTime } from './wall-clock';

/**
 * What the booking integration tests share: a clinic that can book (rooms, devices, opening
 * hours, practitioners with hours), the time held still in a winter week (London = UTC, so
 * `at('2026-12-02', '10:00')` is 10:00 on the clinic's wall clock too), and booking as the
 * front desk does it.
 */

/** Tuesday 1 December 2026, 07:00 in London. */
export const TEST_NOW = new Date('2026-12-01T07:00:00Z');
/** Wednesday, the day after "now". */
export const TOMORROW = '2026-12-02';

/** An instant on the clinic's wall clock in winter (London is on UTC). */
export const at = (date: string, time: string): string => `${date}T${time}:00.000Z`;

/** The calendar day `days` after `date`. */
export const dayAfter = addDays;

export interface BookableClinic {
  locationId: string;
  rooms: { treatment: string; treatment2: string; consult: string };
  devices: { pen: string; pen2: string; rfUnit: string; penInMaintenance: string };
  /** Service ids by code. */
  services: Record<string, string>;
}

/** Two treatment rooms and a consultation room; two pens, an RF unit, and a pen in maintenance. */
async function addRoomsAndDevices(deps: Deps, clinicId: string, locationId: string) {
  const base = { clinic_id: clinicId, location_id: locationId };
  const room = (name: string, kind: 'treatment' | 'consult') => ({ id: newId(), ...base, name, kind });
  const rooms = {
    treatment: room('Room 1', 'treatment'),
    treatment2: room('Room 2', 'treatment'),
    consult: room('Consult', 'consult'),
  };
  await deps.db.insertInto('room').values(Object.values(rooms)).execute();
  const device = (
    kind: 'pen' | 'rf_unit',
    serial: string,
    status: 'in_service' | 'maintenance' = 'in_service',
  ) => ({
    id: newId(),
    ...base,
    kind,
    model: kind === 'pen' ? 'Pen MP-4' : 'RF-2',
    serial: `${serial}-${clinicId.slice(-6)}`,
    status,
  });
  const devices = {
    pen: device('pen', 'P1'),
    pen2: device('pen', 'P2'),
    rfUnit: device('rf_unit', 'R1'),
    penInMaintenance: device('pen', 'P3', 'maintenance'),
  };
  await deps.db.insertInto('device').values(Object.values(devices)).execute();
  return { rooms, devices };
}

/**
 * Rooms, devices and opening hours (every day 08:00–20:00) at the clinic's first location, and
 * each practitioner performing every service there during those hours. Usable by any test that
 * needs a bookable clinic (the authorization matrix too).
 */
export async function makeClinicBookable(
  deps: Deps,
  clinicId: string,
  practitionerIds: string[],
): Promise<BookableClinic> {
  const { id: locationId } = await deps.db
    .selectFrom('location')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .executeTakeFirstOrThrow();
  const { rooms, devices } = await addRoomsAndDevices(deps, clinicId, locationId);
  const base = { clinic_id: clinicId, location_id: locationId };
  const week = [1, 2, 3, 4, 5, 6, 7];
  await deps.db
    .insertInto('opening_hours')
    .values(week.map((weekday) => ({ id: newId(), ...base, weekday, opens_at: '08:00', closes_at: '20:00' })))
    .execute();
  const now = deps.clock.now();
  const serviceCodes = ['consultation', 'microneedling_face', 'rf_microneedling_face', 'review'];
  const weekly = week.map((weekday) => ({ weekday, start: '08:00', end: '20:00' }));
  for (const userId of practitionerIds)
    await addPractitionerSchedule(deps.db, clinicId, { userId, locationId, serviceCodes, weekly }, now);
  const services = await deps.db
    .selectFrom('service')
    .select(['id', 'code'])
    .where('clinic_id', '=', clinicId)
    .execute();
  const ids = <T extends Record<string, { id: string }>>(o: T) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.id])) as Record<keyof T, string>;
  return {
    locationId,
    rooms: ids(rooms),
    devices: ids(devices),
    services: Object.fromEntries(services.map((s) => [s.code, s.id])),
  };
}

export interface BookingWorld extends BookableClinic {
  clinic: TestClinic;
  frontDesk: Browser;
  frontDeskEmail: string;
  practitioner: Browser;
  practitionerId: string;
  /** A medical director: prescribes. */
  director: Browser;
  directorId: string;
}

/** Sets the clock to TEST_NOW first: sign-in codes follow it. */
export async function bookingWorld(t: TestApp): Promise<BookingWorld> {
  t.clock.set(TEST_NOW);
  const clinic = await createTestClinic(t.deps);
  const practitioner = await clinic.addUser('practitioner');
  const director = await clinic.addUser('medical_director');
  const frontDesk = await clinic.addUser('front_desk');
  const bookable = await makeClinicBookable(t.deps, clinic.id, [practitioner.id, director.id]);
  return {
    ...bookable,
    clinic,
    frontDesk: await signIn(t, frontDesk.email),
    frontDeskEmail: frontDesk.email,
    practitioner: await signIn(t, practitioner.email),
    practitionerId: practitioner.id,
    director: await signIn(t, director.email),
    directorId: director.id,
  };
}

export const call = (t: TestApp, browser: Browser, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: browser.headers, ...(payload ? { payload } : {}) });

/** What booking a visit needs to know about the clinic. */
type Bookable = Pick<BookingWorld, 'services' | 'locationId' | 'rooms' | 'devices' | 'practitionerId'>;

/** A consultation tomorrow at 10:00 with the practitioner in the consultation room. */
export const consultation = (
  w: Bookable,
  changes: Partial<BookAppointmentRequest> = {},
): BookAppointmentRequest => ({
  serviceId: w.services.consultation!,
  locationId: w.locationId,
  start: at(TOMORROW, '10:00'),
  assignment: { practitioner: w.practitionerId, room: w.rooms.consult },
  idempotencyKey: `key-${newId()}`,
  ...changes,
});

/** Microneedling of the face tomorrow at 09:00: room 1, the practitioner, pen 1. */
export const microneedling = (
  w: Bookable,
  changes: Partial<BookAppointmentRequest> = {},
): BookAppointmentRequest => ({
  serviceId: w.services.microneedling_face!,
  locationId: w.locationId,
  start: at(TOMORROW, '09:00'),
  assignment: { room: w.rooms.treatment, practitioner: w.practitionerId, pen: w.devices.pen },
  idempotencyKey: `key-${newId()}`,
  ...changes,
});

export const book = (
  t: TestApp,
  browser: Browser,
  patientId: string,
  body: object,
): Promise<LightMyRequestResponse> =>
  call(t, browser, 'POST', `/api/patients/${patientId}/appointments`, body);

/** Books and expects a 201; returns the appointment. */
export async function booked(
  t: TestApp,
  browser: Browser,
  patientId: string,
  body: object,
): Promise<Appointment> {
  const response = await book(t, browser, patientId, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Appointment>();
}

/** A patient whose current history is the clear one with `changes`, recorded by a clinician. */
export async function patientWith(
  t: TestApp,
  w: BookingWorld,
  changes: Partial<IntakeAnswers> = {},
): Promise<string> {
  const { id } = await w.clinic.addPatient();
  const recorded = await call(t, w.practitioner, 'POST', `/api/patients/${id}/medical-history`, {
    answers: { ...clearIntakeAnswers, ...changes },
  });
  expect(recorded.statusCode, recorded.body).toBe(201);
  return id;
}

/** Rows that would show a booking happened: appointments and active holds of the clinic. */
export async function bookingRows(
  t: TestApp,
  clinicId: string,
): Promise<{ appointments: number; holds: number }> {
  const count = async (table: 'appointment' | 'appointment_resource') =>
    Number(
      (
        await t.deps.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('clinic_id', '=', clinicId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { appointments: await count('appointment'), holds: await count('appointment_resource') };
}

/**
 * The n-th consultation of a test that books many (the authorization matrix): a half hour of
 * its own from 08:00 on the clinic's wall clock, the day after `now`, so no call takes another's
 * slot. Needs `makeClinicBookable` with `practitionerId` among its practitioners.
 */
export function nthConsultation(
  bookable: BookableClinic,
  practitionerId: string,
  n: number,
  now: Date,
): BookAppointmentRequest {
  const day = addDays(wallClockOf(now, 'Europe/London').date, 1 + Math.floor(n / 24));
  const minutes = 8 * 60 + (n % 24) * 30;
  return {
    serviceId: bookable.services.consultation!,
    locationId: bookable.locationId,
    start: instantAt(day, wallTime(minutes), 'Europe/London').toISOString(),
    assignment: { practitioner: practitionerId, room: bookable.rooms.consult },
    idempotencyKey: `key-${newId()}`,
  };
}

/** How many started appointments this test file has made: each lies before the last. */
let started = 0;

/**
 * A booked consultation whose time has come, written directly: the API books only the future,
 * and a no-show is recorded only once the visit has begun. Each call's visit ends before the
 * previous one's starts (20–10 minutes ago, then 35–25 …), so one patient can have several.
 */
export async function insertStartedAppointment(
  deps: Deps,
  row: { clinicId: string; bookable: BookableClinic; patientId: string; createdBy: string },
): Promise<string> {
  const id = newId();
  const now = deps.clock.now();
  await deps.db
    .insertInto('appointment')
    .values({
      id,
      clinic_id: row.clinicId,
      location_id: row.bookable.locationId,
      patient_id: row.patientId,
      service_id: row.bookable.services.consultation!,
      starts_at: new Date(now.getTime() - (20 + 15 * started) * 60_000),
      ends_at: new Date(now.getTime() - (10 + 15 * started++) * 60_000),
      idempotency_key: `started-${id}`,
      request_hash: '0'.repeat(64),
      created_by: row.createdBy,
      created_at: now,
    })
    .execute();
  return id;
}
