import type { ClinicSetup, SetupException, SetupTimeOff } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app';
import { signIn, type Browser } from '../../../../test/factories/sign-in';
import { at, bookingWorld, dayAfter, TOMORROW, type BookingWorld } from '../booking-test-kit';
import { expectStatus, pathsOf, send, setupEvents, slotsOn } from './setup-test-kit';

let t: TestApp;
let w: BookingWorld;
let admin: Browser;
let base: string;
beforeAll(async () => {
  t = await buildTestApp();
  w = await bookingWorld(t);
  admin = await signIn(t, (await w.clinic.addUser('admin')).email);
  base = `/api/clinic-setup/practitioners/${w.practitionerId}`;
});
afterAll(() => t.close());

/** The practitioner's consultation starts on `day`, as the front desk would be offered them. */
const startsOn = async (day: string) =>
  (
    await slotsOn(t, w.frontDesk, {
      serviceId: w.services.consultation!,
      locationId: w.locationId,
      day,
      practitionerId: w.practitionerId,
    })
  ).map((s) => s.start);

const practitionerOf = async () =>
  (await expectStatus<ClinicSetup>(send(t, admin, 'GET', '/api/clinic-setup'), 200)).practitioners.find(
    (p) => p.id === w.practitionerId,
  )!;

describe('services and locations of a practitioner', () => {
  it('lets an admin choose what a practitioner performs, and refuses a service of no clinic', async () => {
    const keep = [w.services.consultation!, w.services.review!];
    await expectStatus(send(t, admin, 'PUT', `${base}/services`, { serviceIds: keep }), 204);
    expect((await practitionerOf()).serviceIds.sort()).toEqual([...keep].sort());
    const unknown = await send(t, admin, 'PUT', `${base}/services`, { serviceIds: [w.clinic.id] });
    expect(unknown.statusCode).toBe(400);
    expect(pathsOf(unknown)).toEqual(['serviceIds']);
    const frontDesk = await send(t, w.frontDesk, 'PUT', `${base}/services`, { serviceIds: keep });
    expect(frontDesk.statusCode).toBe(403);
  });
});

describe('weekly hours and exceptions', () => {
  it('lets the front desk change weekly hours, which availability follows', async () => {
    const friday = dayAfter(TOMORROW, 2);
    const hours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '10:00', end: '12:00' }));
    const url = `${base}/working-hours`;
    await expectStatus(send(t, w.frontDesk, 'PUT', url, { locationId: w.locationId, hours }), 204);
    const starts = await startsOn(friday);
    expect(starts[0]).toBe(at(friday, '10:00'));
    expect(starts.at(-1)).toBe(at(friday, '11:30'));
    expect((await practitionerOf()).workingHours).toHaveLength(5);
  });

  it.each([
    [
      'overlapping hours',
      [
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 1, start: '11:00', end: '15:00' },
      ],
      'hours.1.start',
    ],
    ['an end before the start', [{ weekday: 1, start: '15:00', end: '09:00' }], 'hours.0.end'],
  ])('refuses %s', async (_, hours, path) => {
    const response = await send(t, w.frontDesk, 'PUT', `${base}/working-hours`, {
      locationId: w.locationId,
      hours,
    });
    expect(response.statusCode).toBe(400);
    expect(pathsOf(response)).toContain(path);
  });

  it('marks a day not worked, then works it again when the exception is removed', async () => {
    const thursday = dayAfter(TOMORROW, 1);
    const body = { locationId: w.locationId, date: thursday, intervals: [], reason: 'Training day' };
    const exception = await expectStatus<SetupException>(
      send(t, w.frontDesk, 'POST', `${base}/exceptions`, body),
      201,
    );
    expect(await startsOn(thursday)).toEqual([]);
    await expectStatus(send(t, w.frontDesk, 'DELETE', `${base}/exceptions/${exception.id}`), 204);
    expect(await startsOn(thursday)).toContain(at(thursday, '10:00'));
    const past = await send(t, w.frontDesk, 'POST', `${base}/exceptions`, { ...body, date: '2026-11-20' });
    expect(past.statusCode).toBe(400);
    expect(pathsOf(past)).toEqual(['date']);
  });
});

describe('time off', () => {
  it('makes availability skip the time off, and keeps its reason out of the audit log', async () => {
    const monday = dayAfter(TOMORROW, 5);
    expect(await startsOn(monday)).toContain(at(monday, '10:30'));
    const body = { start: at(monday, '10:15'), end: at(monday, '11:15'), reason: 'Dentist' };
    const off = await expectStatus<SetupTimeOff>(send(t, w.frontDesk, 'POST', `${base}/time-off`, body), 201);
    expect(await startsOn(monday)).toEqual([at(monday, '11:15'), at(monday, '11:30')]);
    const listed = await expectStatus<{ timeOff: SetupTimeOff[] }>(
      send(t, admin, 'GET', `${base}/time-off`),
      200,
    );
    expect(listed.timeOff).toEqual([{ id: off.id, start: body.start, end: body.end, reason: 'Dentist' }]);
    const event = (await setupEvents(t, w.clinic.id)).find((e) => e.resource_id === off.id)!;
    expect(event.actor_role).toBe('front_desk');
    expect(JSON.stringify(event.details)).not.toContain('Dentist');
  });

  it('refuses an end before the start, and time off already over', async () => {
    const backwards = await send(t, w.frontDesk, 'POST', `${base}/time-off`, {
      start: at(TOMORROW, '12:00'),
      end: at(TOMORROW, '09:00'),
    });
    expect(pathsOf(backwards)).toEqual(['end']);
    const over = await send(t, w.frontDesk, 'POST', `${base}/time-off`, {
      start: '2026-11-01T09:00:00Z',
      end: '2026-11-02T09:00:00Z',
    });
    expect(over.statusCode).toBe(400);
  });

  it('lets a practitioner keep their own time off, and nobody else’s', async () => {
    const body = { start: at(dayAfter(TOMORROW, 20), '00:00'), end: at(dayAfter(TOMORROW, 27), '00:00') };
    const own = await expectStatus<SetupTimeOff>(
      send(t, w.practitioner, 'POST', `${base}/time-off`, body),
      201,
    );
    expect(own.reason).toBeNull();
    const colleague = `/api/clinic-setup/practitioners/${w.directorId}/time-off`;
    expect((await send(t, w.practitioner, 'POST', colleague, body)).statusCode).toBe(403);
    expect((await send(t, w.practitioner, 'GET', colleague)).statusCode).toBe(403);
    await expectStatus(send(t, w.practitioner, 'DELETE', `${base}/time-off/${own.id}`), 204);
    expect((await send(t, w.practitioner, 'DELETE', `${base}/time-off/${own.id}`)).statusCode).toBe(404);
  });
});
