import type { Appointment } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  at,
  booked,
  bookingWorld,
  call,
  consultation,
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

const checkInUrl = (patientId: string, appointmentId: string) =>
  `/api/patients/${patientId}/appointments/${appointmentId}/check-in`;

async function visit(date: string, time: string): Promise<{ patientId: string; appointment: Appointment }> {
  const { id: patientId } = await w.clinic.addPatient();
  const appointment = await booked(t, w.frontDesk, patientId, consultation(w, { start: at(date, time) }));
  return { patientId, appointment };
}

describe('checking a patient in', () => {
  it('records who checked the patient in and when, once; a second tap changes nothing', async () => {
    const { patientId, appointment } = await visit('2026-12-01', '11:00');
    expect(appointment.checkedIn).toBeNull();
    const now = t.clock.now().toISOString();
    const first = await call(t, w.frontDesk, 'POST', checkInUrl(patientId, appointment.id));
    expect(first.statusCode, first.body).toBe(200);
    const checkedIn = first.json<Appointment>().checkedIn;
    expect(checkedIn).toEqual({
      at: now,
      by: { id: expect.any(String), displayName: 'Test front_desk' },
    });
    t.clock.advance(60_000);
    const again = await call(t, w.practitioner, 'POST', checkInUrl(patientId, appointment.id));
    expect(again.statusCode).toBe(200);
    expect(again.json<Appointment>().checkedIn).toEqual(checkedIn);
  });

  it('only on the day of the visit', async () => {
    const { patientId, appointment } = await visit(TOMORROW, '12:00');
    const response = await call(t, w.frontDesk, 'POST', checkInUrl(patientId, appointment.id));
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toContain(TOMORROW);
  });

  it('only for a booked visit', async () => {
    const { patientId, appointment } = await visit('2026-12-01', '12:30');
    await call(t, w.frontDesk, 'POST', `/api/patients/${patientId}/appointments/${appointment.id}/cancel`, {
      reason: 'The patient rang',
    });
    const response = await call(t, w.frontDesk, 'POST', checkInUrl(patientId, appointment.id));
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toContain('cancelled');
  });

  it("answers 404 for another patient's visit", async () => {
    const { appointment } = await visit('2026-12-01', '13:00');
    const { id: someoneElse } = await w.clinic.addPatient();
    const response = await call(t, w.frontDesk, 'POST', checkInUrl(someoneElse, appointment.id));
    expect(response.statusCode).toBe(404);
  });
});
