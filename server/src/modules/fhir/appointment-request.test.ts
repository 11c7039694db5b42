import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/app-error';
import { assignRoles, readAppointmentAsk } from './appointment-request';

const appointment = {
  resourceType: 'Appointment',
  status: 'booked',
  start: '2026-12-02T09:00:00Z',
  serviceType: [{ coding: [{ code: 'microneedling_face' }] }],
  participant: [
    { actor: { reference: 'Patient/p1' } },
    { actor: { reference: 'Practitioner/u1' } },
    { actor: { reference: 'Location/r1' } },
    { actor: { reference: 'Device/d1' } },
  ],
};

describe('readAppointmentAsk', () => {
  it('reads the service, start and every participant by type', () => {
    expect(readAppointmentAsk(appointment)).toEqual({
      patientId: 'p1',
      start: '2026-12-02T09:00:00Z',
      service: 'microneedling_face',
      practitioners: ['u1'],
      locations: ['r1'],
      devices: ['d1'],
    });
  });

  it.each([
    [{ ...appointment, status: 'proposed' }, 'Appointment.status'],
    [{ ...appointment, start: undefined }, 'Appointment.start'],
    [{ ...appointment, serviceType: [] }, 'Appointment.serviceType'],
    [
      { ...appointment, participant: [{ actor: { reference: 'Practitioner/u1' } }] },
      'Appointment.participant',
    ],
    [{ ...appointment, resourceType: 'Slot' }, 'resourceType'],
    // Found by the bad-input battery: wrong shapes were TypeErrors (500), not 400s.
    [{ ...appointment, participant: 'Patient/p1' }, 'Appointment.participant'],
    [{ ...appointment, participant: [null] }, 'Appointment.participant.0'],
  ])('refuses what cannot be booked, naming the element', (body, path) => {
    try {
      readAppointmentAsk(body);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).details).toEqual([{ path, message: expect.any(String) }]);
    }
  });
});

describe('assignRoles', () => {
  it("fills each of the service's roles from the participants of its kind, in order", () => {
    const roles = [
      { key: 'room', kind: 'room' as const },
      { key: 'practitioner', kind: 'practitioner' as const },
      { key: 'pen', kind: 'device' as const },
    ];
    expect(assignRoles(roles, { practitioners: ['u1'], devices: ['d1'] }, ['r1'])).toEqual({
      room: 'r1',
      practitioner: 'u1',
      pen: 'd1',
    });
    expect(assignRoles(roles, { practitioners: [], devices: [] }, ['r1'])).toEqual({ room: 'r1' });
  });
});
