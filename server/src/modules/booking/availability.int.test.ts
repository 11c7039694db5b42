import type { Availability, FieldIssue } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { signIn } from '../../../test/factories/sign-in';
import { newId } from '../../platform/ids';
import {
  at,
  booked,
  bookingWorld,
  call,
  consultation,
  dayAfter,
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

const slotsOf = async (query: Record<string, string>) => {
  const params = new URLSearchParams({ locationId: w.locationId, ...query });
  const response = await call(t, w.frontDesk, 'GET', `/api/booking/availability?${params}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Availability>();
};
const starts = (a: Availability) => a.slots.map((s) => s.start);

describe('availability', () => {
  it("offers every quarter hour of a practitioner's free day, minus what is booked", async () => {
    const day = dayAfter(TOMORROW, 1);
    const query = {
      serviceId: w.services.consultation!,
      from: day,
      to: day,
      practitionerId: w.practitionerId,
    };
    const free = await slotsOf(query);
    expect(free.timeZone).toBe('Europe/London');
    // 08:00 to 19:30, the last start whose 30 minutes end by closing at 20:00: 47 starts.
    expect(free.slots).toHaveLength(47);
    expect(free.slots[0]).toEqual({
      start: at(day, '08:00'),
      end: at(day, '08:30'),
      assignment: { practitioner: w.practitionerId, room: w.rooms.consult },
      segments: [
        { start: at(day, '08:00'), end: at(day, '08:30'), resourceIds: [w.practitionerId, w.rooms.consult] },
      ],
    });
    await booked(
      t,
      w.frontDesk,
      (await w.clinic.addPatient()).id,
      consultation(w, { start: at(day, '10:00') }),
    );
    const left = starts(await slotsOf(query));
    expect(left).toHaveLength(44);
    expect(left).not.toContain(at(day, '09:45'));
    expect(left).not.toContain(at(day, '10:15'));
    expect(left).toContain(at(day, '10:30'));
  });

  it('offers only what booking accepts: the first microneedling slot books', async () => {
    const day = dayAfter(TOMORROW, 2);
    const { slots } = await slotsOf({
      serviceId: w.services.microneedling_face!,
      from: day,
      to: day,
      limit: '3',
    });
    expect(slots).toHaveLength(3);
    const [first] = slots;
    const patientId = await patientWith(t, w);
    const body = { serviceId: w.services.microneedling_face!, locationId: w.locationId, start: first!.start };
    const appointment = await booked(t, w.frontDesk, patientId, {
      ...body,
      assignment: first!.assignment,
      idempotencyKey: `key-${newId()}`,
    });
    expect(appointment.start).toBe(first!.start);
    expect(
      (await slotsOf({ serviceId: w.services.microneedling_face!, from: day, to: day, limit: '3' })).slots[0],
    ).not.toEqual(first);
  });

  it('offers nothing when a role has nobody to fill it', async () => {
    const day = dayAfter(TOMORROW, 3);
    const frontDeskUser = (await w.clinic.addUser('front_desk')).id;
    expect(
      (await slotsOf({ serviceId: w.services.review!, from: day, to: day, practitionerId: frontDeskUser }))
        .slots,
    ).toEqual([]);
  });

  it.each([
    ['a last day before the first', { from: TOMORROW, to: '2026-11-30' }, 'querystring.to'],
    ['more than 93 days', { from: TOMORROW, to: '2027-06-01' }, 'querystring.to'],
    ['an unknown service', { serviceId: newId() }, 'querystring.serviceId'],
    ['an unknown location', { locationId: newId() }, 'querystring.locationId'],
  ])('refuses %s with 400 naming the field', async (_, changes, path) => {
    const params = new URLSearchParams({
      serviceId: w.services.consultation!,
      locationId: w.locationId,
      from: TOMORROW,
      to: TOMORROW,
      ...changes,
    });
    const response = await call(t, w.frontDesk, 'GET', `/api/booking/availability?${params}`);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ details: FieldIssue[] }>().details.map((d) => d.path)).toContain(path);
  });
  // Last: it moves the clock on by hours, past every session's idle limit.
  it('starts from now: nothing earlier today is offered', async () => {
    const today = dayAfter(TOMORROW, -1);
    const query = { serviceId: w.services.review!, from: today, to: today, limit: '1' };
    expect(starts(await slotsOf(query))).toEqual([at(today, '08:00')]);
    t.clock.set(new Date(at(today, '12:05')));
    const frontDesk = await signIn(t, (await w.clinic.addUser('front_desk')).email);
    const params = new URLSearchParams({ locationId: w.locationId, ...query });
    const later = await call(t, frontDesk, 'GET', `/api/booking/availability?${params}`);
    expect(starts(later.json<Availability>())).toEqual([at(today, '12:15')]);
  });
});
