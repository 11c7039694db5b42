import type { Appointment } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  at,
  book,
  booked,
  bookingWorld,
  call,
  consultation,
  dayAfter,
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

// Each test books on a day of its own, so tests never take each other's slots.
let days = 0;
const nextDay = () => dayAfter(TOMORROW, days++);

describe('booking a visit', () => {
  it('books a consultation: the practitioner and the consultation room for 30 minutes', async () => {
    const day = nextDay();
    const { id: patientId } = await w.clinic.addPatient();
    const appointment = await booked(t, w.frontDesk, patientId, consultation(w, { start: at(day, '10:00') }));
    expect(appointment).toMatchObject({
      patient: { id: patientId },
      service: { code: 'consultation', kind: 'consultation' },
      locationId: w.locationId,
      status: 'booked',
      start: at(day, '10:00'),
      end: at(day, '10:30'),
      series: null,
      screeningId: null,
      cancellation: null,
    });
    expect(appointment.resources.map((r) => [r.role, r.kind, r.id, r.start, r.end])).toEqual([
      ['practitioner', 'practitioner', w.practitionerId, at(day, '10:00'), at(day, '10:30')],
      ['room', 'room', w.rooms.consult, at(day, '10:00'), at(day, '10:30')],
    ]);
    const list = await call(t, w.frontDesk, 'GET', `/api/patients/${patientId}/appointments`);
    expect(list.json<{ appointments: Appointment[] }>().appointments.map((a) => a.id)).toEqual([
      appointment.id,
    ]);
    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'patient_ids'])
      .where('resource_type', '=', 'appointment')
      .where('resource_id', '=', appointment.id)
      .execute();
    expect(audit).toEqual([{ action: 'create', patient_ids: [patientId] }]);
  });

  it('holds the room for the whole visit, the practitioner and the pen for the needling only', async () => {
    const day = nextDay();
    const patientId = await patientWith(t, w);
    const appointment = await booked(
      t,
      w.frontDesk,
      patientId,
      microneedling(w, { start: at(day, '09:00') }),
    );
    const held = Object.fromEntries(appointment.resources.map((r) => [r.role, [r.start, r.end]]));
    expect(held).toEqual({
      room: [at(day, '09:00'), at(day, '10:25')],
      practitioner: [at(day, '09:45'), at(day, '10:15')],
      pen: [at(day, '09:45'), at(day, '10:15')],
    });
    expect(appointment.screeningId).not.toBeNull();
  });

  it("lets the practitioner see other patients during one patient's numbing, never during the needling", async () => {
    const day = nextDay();
    const patients = [];
    for (let i = 0; i < 4; i++) patients.push(await patientWith(t, w));
    // Numbing 10:00–10:45 in room 1, needling 10:45–11:15, aftercare to 11:25.
    await booked(t, w.frontDesk, patients[0]!, microneedling(w, { start: at(day, '10:00') }));
    // Room 2 from 09:00 needles 09:45–10:15; a consultation follows 10:15–10:45.
    const room2 = { room: w.rooms.treatment2, practitioner: w.practitionerId, pen: w.devices.pen2 };
    await booked(
      t,
      w.frontDesk,
      patients[1]!,
      microneedling(w, { start: at(day, '09:00'), assignment: room2 }),
    );
    await booked(t, w.frontDesk, patients[2]!, consultation(w, { start: at(day, '10:15') }));
    const duringNeedling = await book(
      t,
      w.frontDesk,
      patients[2]!,
      consultation(w, { start: at(day, '10:45') }),
    );
    expect(duringNeedling.statusCode).toBe(409);
    expect(duringNeedling.json()).toMatchObject({ error: 'SLOT_TAKEN' });
    // Back to back is not an overlap: room 2 is free again at 10:25, the practitioner at 11:15.
    const after = microneedling(w, { start: at(day, '10:30'), assignment: room2 });
    expect((await booked(t, w.frontDesk, patients[3]!, after)).resources).toContainEqual(
      expect.objectContaining({ role: 'practitioner', start: at(day, '11:15') }),
    );
  });
});
