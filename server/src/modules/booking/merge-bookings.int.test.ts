import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  at,
  booked,
  bookingWorld,
  call,
  consultation,
  microneedling,
  patientWith,
  TOMORROW,
  type BookingWorld,
} from './booking-test-kit';

let t: TestApp;
let w: BookingWorld;
beforeAll(async () => {
  t = await buildTestApp();
  w = await bookingWorld(t);
});
afterAll(() => t.close());

describe('merging duplicates that have bookings', () => {
  it("moves the duplicate's appointments to the record that stays", async () => {
    const [survivor, duplicate] = [await w.clinic.addPatient(), await w.clinic.addPatient()];
    const visit = await booked(t, w.frontDesk, duplicate.id, consultation(w));
    const toxin = { kind: 'botulinum_toxin', date: '2026-11-01', zones: ['forehead'], givenElsewhere: true };
    const given = await call(
      t,
      w.practitioner,
      'POST',
      `/api/patients/${duplicate.id}/other-treatments`,
      toxin,
    );
    expect(given.statusCode, given.body).toBe(201);
    const merged = await call(t, w.director, 'POST', `/api/patients/${survivor.id}/merge`, {
      duplicateId: duplicate.id,
      reason: 'Registered twice at the desk',
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json().moves).toMatchObject({ appointments: 1, treatmentSeries: 0, otherTreatments: 1 });
    const list = await call(t, w.frontDesk, 'GET', `/api/patients/${survivor.id}/appointments`);
    expect(list.json().appointments.map((a: { id: string }) => a.id)).toEqual([visit.id]);
    const others = await call(t, w.practitioner, 'GET', `/api/patients/${survivor.id}/other-treatments`);
    expect(others.body).toContain(given.json<{ id: string }>().id);
  });

  it('refuses, changing nothing, when both records are booked at the same time', async () => {
    // A consultation at 09:30 for one record; microneedling 09:00–10:25 in room 2 for the other.
    const survivor = (await w.clinic.addPatient()).id;
    const duplicate = await patientWith(t, w);
    await booked(t, w.frontDesk, survivor, consultation(w, { start: at(TOMORROW, '09:30') }));
    await booked(
      t,
      w.frontDesk,
      duplicate,
      microneedling(w, {
        assignment: { room: w.rooms.treatment2, practitioner: w.directorId, pen: w.devices.pen2 },
      }),
    );
    const merged = await call(t, w.director, 'POST', `/api/patients/${survivor}/merge`, {
      duplicateId: duplicate,
      reason: 'Registered twice at the desk',
    });
    expect(merged.statusCode).toBe(409);
    const left = await call(t, w.frontDesk, 'GET', `/api/patients/${duplicate}/appointments`);
    expect(left.json().appointments).toHaveLength(1);
    const record = await call(t, w.frontDesk, 'GET', `/api/patients/${duplicate}`);
    expect(record.json().mergedInto).toBeNull();
  });
});
