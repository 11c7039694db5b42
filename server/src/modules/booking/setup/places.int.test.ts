import type { Appointment, ClinicSetup, SetupDevice, SetupLocation, SetupRoom } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app';
import { signIn, type Browser } from '../../../../test/factories/sign-in';
import {
  booked,
  bookingWorld,
  dayAfter,
  microneedling,
  patientWith,
  TOMORROW,
  type BookingWorld,
} from '../booking-test-kit';
import { expectStatus, pathsOf, send, setupEvents, slotsOn } from './setup-test-kit';

let t: TestApp;
let w: BookingWorld;
let admin: Browser;
beforeAll(async () => {
  t = await buildTestApp();
  w = await bookingWorld(t);
  admin = await signIn(t, (await w.clinic.addUser('admin')).email);
});
afterAll(() => t.close());

const setup = () => expectStatus<ClinicSetup>(send(t, admin, 'GET', '/api/clinic-setup'), 200);

describe('locations and opening hours', () => {
  it('adds a location in a known zone with its week, and refuses an unknown zone', async () => {
    const refused = await send(t, admin, 'POST', '/api/clinic-setup/locations', {
      name: 'Harbour Street',
      timeZone: 'Europe/Atlantis',
    });
    expect(refused.statusCode).toBe(400);
    expect(pathsOf(refused)).toContain('timeZone');
    const location = await expectStatus<SetupLocation>(
      send(t, admin, 'POST', '/api/clinic-setup/locations', {
        name: 'Harbour Street',
        timeZone: 'Europe/Dublin',
        address: '4 Harbour Street, Cork',
      }),
      201,
    );
    const hours = [
      { weekday: 1, start: '09:00', end: '13:00' },
      { weekday: 1, start: '14:00', end: '18:00' },
    ];
    const url = `/api/clinic-setup/locations/${location.id}/opening-hours`;
    const week = await expectStatus<SetupLocation>(send(t, admin, 'PUT', url, { hours }), 200);
    expect(week).toMatchObject({
      timeZone: 'Europe/Dublin',
      address: '4 Harbour Street, Cork',
      openingHours: hours,
    });
    expect((await setup()).locations.map((l) => l.name)).toContain('Harbour Street');
  });

  it.each([
    [
      'overlapping hours',
      [
        { weekday: 2, start: '09:00', end: '13:00' },
        { weekday: 2, start: '12:00', end: '17:00' },
      ],
      'hours.1.start',
    ],
    ['an end before the start', [{ weekday: 2, start: '17:00', end: '09:00' }], 'hours.0.end'],
  ])('refuses %s with 400 naming the row', async (_, hours, path) => {
    const response = await send(
      t,
      admin,
      'PUT',
      `/api/clinic-setup/locations/${w.locationId}/opening-hours`,
      { hours },
    );
    expect(response.statusCode).toBe(400);
    expect(pathsOf(response)).toContain(path);
  });
});

describe('rooms', () => {
  it('adds, renames and removes a room never booked; a second room of one name is a 409', async () => {
    const room = await expectStatus<SetupRoom>(
      send(t, admin, 'POST', '/api/clinic-setup/rooms', {
        locationId: w.locationId,
        name: 'Room 3',
        kind: 'treatment',
      }),
      201,
    );
    expect(room).toMatchObject({ name: 'Room 3', active: true, futureBookings: 0 });
    const twin = await send(t, admin, 'POST', '/api/clinic-setup/rooms', {
      locationId: w.locationId,
      name: 'Room 3',
      kind: 'consult',
    });
    expect(twin.statusCode).toBe(409);
    const renamed = await expectStatus<SetupRoom>(
      send(t, admin, 'PATCH', `/api/clinic-setup/rooms/${room.id}`, { name: 'Garden room' }),
      200,
    );
    expect(renamed.name).toBe('Garden room');
    await expectStatus(send(t, admin, 'DELETE', `/api/clinic-setup/rooms/${room.id}`), 204);
    expect((await setup()).rooms.map((r) => r.id)).not.toContain(room.id);
  });

  it('refuses to remove a room with visits to come, saying how many', async () => {
    const day = dayAfter(TOMORROW, 5);
    const patientId = await patientWith(t, w);
    await booked(
      t,
      w.frontDesk,
      patientId,
      microneedling(w, {
        start: `${day}T09:00:00.000Z`,
        assignment: { room: w.rooms.treatment2, practitioner: w.practitionerId, pen: w.devices.pen },
      }),
    );
    const response = await send(t, admin, 'DELETE', `/api/clinic-setup/rooms/${w.rooms.treatment2}`);
    expect(response.statusCode).toBe(409);
    expect(response.json<{ message: string }>().message).toBe(
      'Room 2 has 1 booked visit to come; move or cancel it first',
    );
    expect((await setup()).rooms.find((r) => r.id === w.rooms.treatment2)?.futureBookings).toBe(1);
  });

  it('is for admins: the front desk may not add a room', async () => {
    const response = await send(t, w.frontDesk, 'POST', '/api/clinic-setup/rooms', {
      locationId: w.locationId,
      name: 'Room 9',
      kind: 'treatment',
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('devices', () => {
  it('keeps serial numbers unique in the clinic', async () => {
    const body = {
      locationId: w.locationId,
      kind: 'pen',
      model: 'Pen MP-5',
      serial: `SN-${w.clinic.id.slice(-8)}`,
    };
    const pen = await expectStatus<SetupDevice>(
      send(t, admin, 'POST', '/api/clinic-setup/devices', body),
      201,
    );
    expect(pen).toMatchObject({ status: 'in_service', futureBookings: 0 });
    const twin = await send(t, admin, 'POST', '/api/clinic-setup/devices', { ...body, model: 'Other' });
    expect(twin.statusCode).toBe(409);
    expect(pathsOf(twin)).toEqual(['serial']);
  });

  it('offers no device in maintenance for new bookings', async () => {
    const day = dayAfter(TOMORROW, 6);
    const query = { serviceId: w.services.microneedling_face!, locationId: w.locationId, day };
    const pensOffered = async () =>
      new Set((await slotsOn(t, w.frontDesk, query)).map((s) => s.assignment.pen));
    expect(await pensOffered()).toContain(w.devices.pen);
    const url = `/api/clinic-setup/devices/${w.devices.pen}`;
    await expectStatus(send(t, admin, 'PATCH', url, { status: 'maintenance' }), 200);
    const offered = await pensOffered();
    expect(offered.size).toBeGreaterThan(0);
    expect(offered).not.toContain(w.devices.pen);
    await expectStatus(send(t, admin, 'PATCH', url, { status: 'in_service' }), 200);
    expect(await pensOffered()).toContain(w.devices.pen);
  });
});

describe('services', () => {
  const definition = {
    roles: [
      { key: 'room', kind: 'room', roomKind: 'treatment' },
      { key: 'practitioner', kind: 'practitioner' },
    ],
    segments: [
      { name: 'Numbing', minutes: 30, uses: ['room'] },
      { name: 'Needling', minutes: 20, uses: ['room', 'practitioner'] },
    ],
  };

  it('refuses a definition whose roles and segments do not fit', async () => {
    const response = await send(t, admin, 'POST', '/api/clinic-setup/services', {
      code: 'neck_refresh',
      name: 'Neck refresh',
      kind: 'review',
      modality: null,
      definition: { ...definition, segments: [{ name: 'Talk', minutes: 15, uses: ['room'] }] },
    });
    expect(response.statusCode).toBe(400);
    expect(pathsOf(response)).toContain('definition.roles.1');
  });

  it('changes a service for bookings to come; a booked visit keeps what it holds', async () => {
    const day = dayAfter(TOMORROW, 7);
    const patientId = await patientWith(t, w);
    const visit = await booked(
      t,
      w.frontDesk,
      patientId,
      microneedling(w, { start: `${day}T09:00:00.000Z` }),
    );
    const service = (await setup()).services.find((s) => s.code === 'microneedling_face')!;
    const longer = service.segments.map((s) => (s.name === 'Numbing' ? { ...s, minutes: 60 } : s));
    const url = `/api/clinic-setup/services/${service.id}`;
    const changed = { name: service.name, kind: service.kind, modality: service.modality, active: true };
    const after = await send(t, admin, 'PUT', url, {
      ...changed,
      definition: { roles: service.roles, segments: longer },
    });
    expect(after.json()).toMatchObject({ durationMinutes: 100 });
    const list = await expectStatus<{ appointments: Appointment[] }>(
      send(t, w.frontDesk, 'GET', `/api/patients/${patientId}/appointments`),
      200,
    );
    const kept = list.appointments.find((a) => a.id === visit.id)!;
    expect(kept.end).toBe(visit.end);
    expect(kept.resources).toEqual(visit.resources);
    await expectStatus(
      send(t, admin, 'PUT', url, {
        ...changed,
        active: false,
        definition: { roles: service.roles, segments: longer },
      }),
      200,
    );
    const refused = await send(t, w.frontDesk, 'POST', `/api/patients/${patientId}/appointments`, {
      ...microneedling(w, { start: `${day}T13:00:00.000Z` }),
    });
    expect(refused.statusCode).toBe(400);
    expect(pathsOf(refused)).toContain('serviceId');
  });

  it('adds a service of its own, with a unique code', async () => {
    const body = {
      code: 'express_glow',
      name: 'Express glow',
      kind: 'treatment',
      modality: 'microneedling',
      definition,
    };
    const created = await send(t, admin, 'POST', '/api/clinic-setup/services', body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ code: 'express_glow', durationMinutes: 50, active: true });
    expect((await send(t, admin, 'POST', '/api/clinic-setup/services', body)).statusCode).toBe(409);
  });
});

describe('the set-up overview and its audit trail', () => {
  it('shows the whole set-up to admins and the front desk only', async () => {
    const overview = await setup();
    expect(overview.services.map((s) => s.code)).toEqual(expect.arrayContaining(['consultation', 'review']));
    expect(overview.practitioners.map((p) => p.id)).toContain(w.practitionerId);
    await expectStatus(send(t, w.frontDesk, 'GET', '/api/clinic-setup'), 200);
    await expectStatus(send(t, w.practitioner, 'GET', '/api/clinic-setup'), 403);
  });

  it('records every change as a clinic set-up event about no patient', async () => {
    const events = await setupEvents(t, w.clinic.id);
    const subjects = new Set(events.map((e) => (e.details as { subject: string }).subject));
    expect([...subjects]).toEqual(
      expect.arrayContaining(['location', 'opening_hours', 'room', 'device', 'service']),
    );
    expect(events.every((e) => e.patient_ids.length === 0 && e.actor_role === 'admin')).toBe(true);
    expect(events.filter((e) => e.action === 'delete')).toHaveLength(1);
  });
});
