import type { BookAppointmentRequest, FieldIssue } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestClinic } from '../../../test/factories/clinic.factory';
import { newId } from '../../platform/ids';
import { addPractitionerSchedule, addTimeOff } from './catalog.service';
import {
  at,
  book,
  bookingRows,
  bookingWorld,
  consultation,
  dayAfter,
  microneedling,
  TOMORROW,
  type BookingWorld,
} from './booking-test-kit';

let t: TestApp;
let w: BookingWorld;
let frontDeskUser: string;
let otherClinicPractitioner: string;
const DAY_OFF = dayAfter(TOMORROW, 2);
const AWAY = dayAfter(TOMORROW, 3);
beforeAll(async () => {
  t = await buildTestApp();
  w = await bookingWorld(t);
  frontDeskUser = (await w.clinic.addUser('front_desk')).id;
  otherClinicPractitioner = (await (await createTestClinic(t.deps)).addUser('practitioner')).id;
  const schedule = { userId: w.practitionerId, locationId: w.locationId, serviceCodes: [], weekly: [] };
  await addPractitionerSchedule(
    t.deps.db,
    w.clinic.id,
    { ...schedule, exceptions: [{ date: DAY_OFF, intervals: [] }] },
    t.clock.now(),
  );
  const away = {
    userId: w.practitionerId,
    start: new Date(at(AWAY, '09:00')),
    end: new Date(at(AWAY, '13:00')),
  };
  await addTimeOff(t.deps.db, w.clinic.id, { ...away, reason: 'Training', createdBy: null }, t.clock.now());
});
afterAll(() => t.close());

type Case = [string, (w: BookingWorld) => object, string];
const withAssignment = (assignment: Record<string, string>) => (w: BookingWorld) =>
  consultation(w, { assignment });
const startingAt = (start: string) => (w: BookingWorld) => consultation(w, { start });

const cases: Case[] = [
  ['a start in the past', startingAt(at('2026-11-30', '10:00')), 'start'],
  ['a start off the quarter-hour grid', startingAt(at(TOMORROW, '10:05')), 'start'],
  ['a start before opening', startingAt(at(TOMORROW, '07:30')), 'start'],
  ['a visit running past closing', startingAt(at(TOMORROW, '19:45')), 'start'],
  ['a start more than a year ahead', startingAt(at('2028-01-05', '10:00')), 'start'],
  ['a start ten years ahead', startingAt(at('2036-12-02', '10:00')), 'start'],
  ['a start that is no instant', startingAt('tomorrow at ten'), 'start'],
  ['an unknown service', (w) => consultation(w, { serviceId: newId() }), 'serviceId'],
  ['an unknown location', (w) => consultation(w, { locationId: newId() }), 'locationId'],
  [
    'an unknown room',
    (w) => withAssignment({ practitioner: w.practitionerId, room: newId() })(w),
    'assignment.room',
  ],
  [
    'a treatment room for a consultation',
    (w) => withAssignment({ practitioner: w.practitionerId, room: w.rooms.treatment })(w),
    'assignment.room',
  ],
  ['a role left unfilled', (w) => withAssignment({ practitioner: w.practitionerId })(w), 'assignment.room'],
  [
    'a role the service does not have',
    (w) => withAssignment({ practitioner: w.practitionerId, room: w.rooms.consult, pen: w.devices.pen })(w),
    'assignment.pen',
  ],
  [
    'a pen in maintenance',
    (w) =>
      microneedling(w, {
        assignment: {
          room: w.rooms.treatment,
          practitioner: w.practitionerId,
          pen: w.devices.penInMaintenance,
        },
      }),
    'assignment.pen',
  ],
  [
    'a receptionist as the practitioner',
    (w) => withAssignment({ practitioner: frontDeskUser, room: w.rooms.consult })(w),
    'assignment.practitioner',
  ],
  [
    "another clinic's practitioner",
    (w) => withAssignment({ practitioner: otherClinicPractitioner, room: w.rooms.consult })(w),
    'assignment.practitioner',
  ],
  ["the practitioner's day off", startingAt(at(DAY_OFF, '10:00')), 'assignment.practitioner'],
  ["the practitioner's time off", startingAt(at(AWAY, '12:45')), 'assignment.practitioner'],
  [
    'an idempotency key too short to be unique',
    (w) => consultation(w, { idempotencyKey: 'abc' }),
    'idempotencyKey',
  ],
];

describe('a booking request that cannot be booked', () => {
  it.each(cases)('refuses %s with 400 naming the field, and stores nothing', async (_, body, path) => {
    const { id: patientId } = await w.clinic.addPatient();
    const before = await bookingRows(t, w.clinic.id);
    const response = await book(t, w.frontDesk, patientId, body(w));
    expect(response.statusCode, response.body).toBe(400);
    const error = response.json<{ error: string; details: FieldIssue[] }>();
    expect(error.error).toBe('VALIDATION_FAILED');
    expect(error.details.map((d) => d.path)).toContain(path);
    expect(await bookingRows(t, w.clinic.id)).toEqual(before);
  });

  it('refuses properties it does not know', async () => {
    const { id: patientId } = await w.clinic.addPatient();
    const response = await book(t, w.frontDesk, patientId, { ...consultation(w), colour: 'blue' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('colour');
  });

  it('books the same visit once the request is put right', async () => {
    const { id: patientId } = await w.clinic.addPatient();
    const body: BookAppointmentRequest = consultation(w, { start: at(AWAY, '13:00') });
    expect((await book(t, w.frontDesk, patientId, body)).statusCode).toBe(201);
  });
});
