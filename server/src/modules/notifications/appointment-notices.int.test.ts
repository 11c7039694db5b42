import type { Appointment, BookedSeries, TreatmentSeries } from '@corium/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  at,
  booked,
  bookingWorld,
  call,
  consultation,
  dayAfter,
  microneedling,
  patientWith,
  TOMORROW,
  type BookingWorld,
} from '../booking/booking-test-kit';
import { preCareSet } from './pre-care';
import { drainOutbox, inviteProperties, queuedNotices, sentMail } from './notifications-test-kit';

let t: TestApp;
let w: BookingWorld;
beforeEach(async () => {
  t = await buildTestApp();
  w = await bookingWorld(t);
});
afterEach(() => t.close());

const HOUR = 3_600_000;

async function patientWithEmail(): Promise<string> {
  const id = await patientWith(t, w);
  await t.deps.db.updateTable('patient').set({ email: 'ann@example.org' }).where('id', '=', id).execute();
  return id;
}

/** The record of what was sent, read directly: the clock jumps past any session's life here. */
const sentLog = (patientId: string) =>
  t.deps.db
    .selectFrom('notification_log')
    .select(['kind', 'channel', 'status', 'appointment_id', 'pre_care_version'])
    .where('patient_id', '=', patientId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .execute();

describe('booking a visit', () => {
  it('queues a confirmation now and a reminder 24 h before, then e-mails a valid invite', async () => {
    const patientId = await patientWithEmail();
    const bookedAt = t.clock.now();
    const visit = await booked(t, w.frontDesk, patientId, microneedling(w));
    const queued = await queuedNotices(t, w.clinic.id);
    expect(queued.map((q) => [q.payload.kind, q.payload.channel, q.run_at.toISOString()])).toEqual([
      ['confirmation', 'email', bookedAt.toISOString()],
      ['reminder', 'email', new Date(Date.parse(visit.start) - 24 * HOUR).toISOString()],
    ]);

    expect(await drainOutbox(t)).toBe(1);
    const [mail] = await sentMail(t);
    expect(mail!.headers).toContain('To: ann@example.org');
    expect(mail!.text).toContain('Wednesday 2 December 2026 at 09:00 (Europe/London)');
    expect(mail!.invites).toHaveLength(1);
    const ics = mail!.invites[0]!;
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(inviteProperties(ics)).toMatchObject({
      METHOD: 'REQUEST',
      UID: `${visit.id}@corium`,
      SEQUENCE: '0',
      DTSTART: '20261202T090000Z',
      STATUS: 'CONFIRMED',
    });

    t.clock.set(new Date(Date.parse(visit.start) - 24 * HOUR));
    expect(await drainOutbox(t)).toBe(1);
    const reminder = (await sentMail(t)).find((m) => m.headers.includes('Subject: Reminder'));
    expect(reminder!.text).toContain('Before your visit:');
    expect(reminder!.text).toMatch(/retinoids .* 3–5 days before/);
    expect((await sentLog(patientId)).map((n) => [n.kind, n.channel, n.status, n.pre_care_version])).toEqual([
      ['reminder', 'email', 'sent', preCareSet.version],
      ['confirmation', 'email', 'sent', null],
    ]);
  });

  it('queues no reminder for a visit less than 24 hours away: never a late one', async () => {
    const patientId = await patientWithEmail();
    await booked(t, w.frontDesk, patientId, consultation(w, { start: at('2026-12-01', '15:00') }));
    expect((await queuedNotices(t, w.clinic.id)).map((q) => q.payload.kind)).toEqual(['confirmation']);
  });

  it('sends nothing to a patient without an e-mail address, and records nothing', async () => {
    const patientId = await patientWith(t, w);
    await booked(t, w.frontDesk, patientId, consultation(w));
    expect(await drainOutbox(t)).toBe(1);
    expect(await sentMail(t)).toEqual([]);
    expect(await sentLog(patientId)).toEqual([]);
  });
});

describe('a course booked as one action', () => {
  it('gets one confirmation with an invite per session, and a reminder before each', async () => {
    const patientId = await patientWithEmail();
    const plan = await call(t, w.practitioner, 'POST', `/api/patients/${patientId}/treatment-series`, {
      concerns: ['acne_scars'],
      modality: 'microneedling',
      plannedDepthMm: { cheeks: 1.5 },
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const seriesId = plan.json<TreatmentSeries>().id;
    const response = await call(
      t,
      w.frontDesk,
      'POST',
      `/api/patients/${patientId}/treatment-series/${seriesId}/appointments`,
      {
        serviceId: w.services.microneedling_face,
        locationId: w.locationId,
        idempotencyKey: `series-${seriesId}`,
        sessions: [0, 1, 2].map((i) => ({
          sessionNumber: i + 1,
          start: at(dayAfter(TOMORROW, 28 * i), '09:00'),
          assignment: { room: w.rooms.treatment, practitioner: w.practitionerId, pen: w.devices.pen },
        })),
      },
    );
    expect(response.statusCode, response.body).toBe(201);
    const { appointments } = response.json<BookedSeries>();
    const queued = await queuedNotices(t, w.clinic.id);
    expect(queued.map((q) => [q.payload.kind, q.payload.visits.length])).toEqual([
      ['confirmation', 3],
      ['reminder', 1],
      ['reminder', 1],
      ['reminder', 1],
    ]);
    await drainOutbox(t);
    const [mail] = await sentMail(t);
    expect(mail!.headers).toContain('Subject: Your 3 appointments at');
    expect(mail!.invites.map((ics) => inviteProperties(ics).UID)).toEqual(
      appointments.map((a) => `${a.id}@corium`),
    );
    expect((await sentLog(patientId)).map((n) => n.appointment_id).sort()).toEqual(
      appointments.map((a) => a.id).sort(),
    );
  });
});

describe('a cancelled visit', () => {
  it('gets a cancellation with METHOD:CANCEL, and its reminder stays silent', async () => {
    const patientId = await patientWithEmail();
    const visit = await booked(
      t,
      w.frontDesk,
      patientId,
      consultation(w, { start: at(dayAfter(TOMORROW, 2), '10:00') }),
    );
    await drainOutbox(t);
    const cancelled = await call(
      t,
      w.frontDesk,
      'POST',
      `/api/patients/${patientId}/appointments/${visit.id}/cancel`,
      {
        reason: 'Patient asked to cancel',
      },
    );
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    // The cancellation, and the waitlist's look for someone waiting for the freed time.
    expect(await drainOutbox(t)).toBe(2);
    t.clock.set(new Date(Date.parse(visit.start) - HOUR));
    expect(await drainOutbox(t)).toBe(1);

    const mails = await sentMail(t);
    expect(mails).toHaveLength(2);
    const cancellation = mails.find((m) => m.headers.includes('cancelled'))!;
    expect(inviteProperties(cancellation.invites[0]!)).toMatchObject({
      METHOD: 'CANCEL',
      STATUS: 'CANCELLED',
      UID: `${visit.id}@corium`,
      SEQUENCE: '1',
    });
    expect((await sentLog(patientId)).map((n) => n.kind)).toEqual(['cancellation', 'confirmation']);
  });

  it('is not confirmed when cancelled before the confirmation went out', async () => {
    const patientId = await patientWithEmail();
    const visit = await booked(t, w.frontDesk, patientId, consultation(w));
    await call(t, w.frontDesk, 'POST', `/api/patients/${patientId}/appointments/${visit.id}/cancel`, {
      reason: 'Booked by mistake',
    });
    await drainOutbox(t);
    expect((await sentLog(patientId)).map((n) => n.kind)).toEqual(['cancellation']);
  });
});

describe('a moved visit', () => {
  it('gets a moved notice with the updated invite; the old reminder is skipped, a new one comes at the new time', async () => {
    const patientId = await patientWithEmail();
    const visit = await booked(
      t,
      w.frontDesk,
      patientId,
      consultation(w, { start: at(dayAfter(TOMORROW, 2), '10:00') }),
    );
    await drainOutbox(t);
    const newStart = at(dayAfter(TOMORROW, 3), '14:00');
    const moved = await call(
      t,
      w.frontDesk,
      'POST',
      `/api/patients/${patientId}/appointments/${visit.id}/reschedule`,
      {
        start: newStart,
      },
    );
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<Appointment>().start).toBe(newStart);
    expect(await drainOutbox(t)).toBe(1);
    const notice = (await sentMail(t)).find((m) => m.headers.includes('has moved'))!;
    expect(notice.text).toContain('It was on Friday 4 December 2026 at 10:00');
    expect(inviteProperties(notice.invites[0]!)).toMatchObject({
      METHOD: 'REQUEST',
      UID: `${visit.id}@corium`,
      SEQUENCE: '1',
      DTSTART: '20261205T140000Z',
    });

    const reminders = (await queuedNotices(t, w.clinic.id)).filter((q) => q.payload.kind === 'reminder');
    expect(reminders.map((r) => r.run_at.toISOString())).toEqual([
      new Date(Date.parse(visit.start) - 24 * HOUR).toISOString(),
      new Date(Date.parse(newStart) - 24 * HOUR).toISOString(),
    ]);
    t.clock.set(new Date(Date.parse(newStart) - 24 * HOUR));
    expect(await drainOutbox(t)).toBe(2);
    const log = await sentLog(patientId);
    expect(log.map((n) => n.kind)).toEqual(['reminder', 'moved', 'confirmation']);
    const reminder = (await sentMail(t)).find((m) => m.headers.includes('Subject: Reminder'))!;
    expect(reminder.text).toContain('Saturday 5 December 2026 at 14:00');
  });
});
