import type { Appointment, BookingService } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { calendarColumns, gridHours, placeAppointments } from './calendar-layout';
import { rescheduleFromDrop } from './calendar-moves';

const zone = 'Europe/London';
const person = { id: 'u-1', displayName: 'Jordan Lee' };

const service: BookingService = {
  id: 'svc-face',
  code: 'microneedling_face',
  name: 'Microneedling face',
  kind: 'treatment',
  modality: 'microneedling',
  roles: [
    { key: 'room', kind: 'room', roomKind: 'treatment' },
    { key: 'practitioner', kind: 'practitioner' },
    { key: 'pen', kind: 'device', deviceKind: 'pen' },
  ],
  segments: [
    { name: 'Numbing', minutes: 45, uses: ['room'] },
    { name: 'Needling', minutes: 30, uses: ['room', 'practitioner', 'pen'] },
    { name: 'Aftercare', minutes: 10, uses: ['room'] },
  ],
  durationMinutes: 85,
  active: true,
};

// 1 July: London is on BST (UTC+1), so 10:00 local is 09:00Z.
const visit: Appointment = {
  id: 'a-1',
  patient: { id: 'p-1', displayName: 'Amélie Dubois' },
  service: {
    id: service.id,
    code: service.code,
    name: service.name,
    kind: 'treatment',
    modality: 'microneedling',
  },
  locationId: 'loc-1',
  status: 'booked',
  start: '2026-07-01T09:00:00.000Z',
  end: '2026-07-01T10:25:00.000Z',
  series: null,
  screeningId: null,
  resources: [
    {
      role: 'room',
      kind: 'room',
      id: 'room-1',
      name: 'Room 1',
      start: '2026-07-01T09:00:00.000Z',
      end: '2026-07-01T10:25:00.000Z',
    },
    {
      role: 'practitioner',
      kind: 'practitioner',
      id: 'pr-1',
      name: 'Priya',
      start: '2026-07-01T09:45:00.000Z',
      end: '2026-07-01T10:15:00.000Z',
    },
  ],
  spacingOverride: null,
  warnings: [],
  createdAt: '2026-06-01T09:00:00.000Z',
  createdBy: person,
  cancellation: null,
  noShowRecordedAt: null,
  checkedIn: null,
};

const rooms = calendarColumns(
  ['2026-07-01'],
  [
    { id: 'room-1', name: 'Room 1' },
    { id: 'room-2', name: 'Room 2' },
  ],
);
const practitioners = calendarColumns(
  ['2026-07-01', '2026-07-02'],
  [
    { id: 'pr-1', name: 'Priya' },
    { id: 'pr-2', name: 'Sam' },
  ],
);

describe('placing visits by their holds', () => {
  it('shows the whole visit in the room, numbing apart from needling, on the location clock', () => {
    const [block] = placeAppointments([visit], [service], rooms, zone);
    expect(block).toMatchObject({ role: 'room', startMinute: 600, endMinute: 685 });
    expect(block!.segments).toEqual([
      { name: 'Numbing', kind: 'waiting', startMinute: 600, endMinute: 645 },
      { name: 'Needling', kind: 'busy', startMinute: 645, endMinute: 675 },
      { name: 'Aftercare', kind: 'waiting', startMinute: 675, endMinute: 685 },
    ]);
  });

  it('shows the practitioner busy only for the needling', () => {
    const blocks = placeAppointments([visit], [service], practitioners, zone);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ role: 'practitioner', startMinute: 645, endMinute: 675 });
    expect(blocks[0]!.segments.map((s) => s.kind)).toEqual(['busy']);
  });

  it('leaves cancelled visits off the grid', () => {
    expect(placeAppointments([{ ...visit, status: 'cancelled' }], [service], rooms, zone)).toEqual([]);
  });

  it('opens the grid on the hours of the days shown, widened to whole hours and visits', () => {
    const opening = [{ weekday: 3, opens: '09:30', closes: '17:00' }];
    const blocks = placeAppointments([visit], [service], rooms, zone);
    expect(gridHours(opening, [3], blocks)).toEqual({ startMinute: 540, endMinute: 1020 });
    expect(gridHours(opening, [7], [])).toEqual({ startMinute: 480, endMinute: 1200 });
  });
});

describe('a drop as a reschedule', () => {
  it('moves the whole visit by as much as the dragged needling moved', () => {
    const [block] = placeAppointments([visit], [service], practitioners, zone);
    const target = { column: practitioners[0]!, startMinute: 645 + 60 };
    expect(rescheduleFromDrop(block!, target, zone)).toEqual({ start: '2026-07-01T10:00:00.000Z' });
  });

  it('gives the visit the other practitioner, and another day, when dropped there', () => {
    const [block] = placeAppointments([visit], [service], practitioners, zone);
    const samTomorrow = practitioners.find((c) => c.day === '2026-07-02' && c.resourceId === 'pr-2')!;
    expect(rescheduleFromDrop(block!, { column: samTomorrow, startMinute: 645 }, zone)).toEqual({
      start: '2026-07-02T09:00:00.000Z',
      assignment: { practitioner: 'pr-2' },
    });
  });
});
