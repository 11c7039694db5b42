import type { AvailableSlot, SeriesProposal, TreatmentSeries } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-error';
import { choicesFrom, nextFreeSlot, refusedSession, seriesSessions, sessionProgress } from './series-booking';

const slot = (start: string): AvailableSlot => ({
  start,
  end: start,
  assignment: { room: 'room-1', practitioner: 'pr-1' },
  segments: [],
});

const proposal: SeriesProposal = {
  timeZone: 'Europe/London',
  sessions: [
    {
      sessionNumber: 1,
      earliest: '2026-12-01',
      latest: '2026-12-01',
      slot: slot('2026-12-01T10:00:00.000Z'),
    },
    { sessionNumber: 2, earliest: '2026-12-29', latest: '2027-01-12', slot: null },
  ],
};

describe('booking a series', () => {
  it('asks for every session only once each has a time', () => {
    const choices = choicesFrom(proposal);
    expect(seriesSessions(proposal, choices)).toBeNull();
    choices[2] = slot('2026-12-29T11:00:00.000Z');
    expect(seriesSessions(proposal, choices)).toEqual([
      {
        sessionNumber: 1,
        start: '2026-12-01T10:00:00.000Z',
        assignment: { room: 'room-1', practitioner: 'pr-1' },
      },
      {
        sessionNumber: 2,
        start: '2026-12-29T11:00:00.000Z',
        assignment: { room: 'room-1', practitioner: 'pr-1' },
      },
    ]);
  });

  it('finds the session a refusal names, by number or by field', () => {
    expect(refusedSession(new ApiError(409, 'SLOT_TAKEN', 'Session 3: taken', { sessionNumber: 3 }))).toBe(3);
    const issues = [{ path: 'sessions.1.start', message: 'Outside hours' }];
    expect(refusedSession(new ApiError(400, 'VALIDATION_FAILED', 'Outside hours', issues))).toBe(2);
    expect(refusedSession(new ApiError(409, 'SLOT_TAKEN', 'Taken', {}))).toBeNull();
    expect(refusedSession(new Error('offline'))).toBeNull();
  });

  it('offers the next free time, never the one just taken', () => {
    const taken = '2026-12-29T11:00:00.000Z';
    expect(nextFreeSlot([slot(taken), slot('2026-12-29T11:15:00.000Z')], taken)?.start).toBe(
      '2026-12-29T11:15:00.000Z',
    );
    expect(nextFreeSlot([slot(taken)], taken)).toBeNull();
  });

  it('counts sessions booked or done, not cancelled ones', () => {
    const series = {
      sessions: 4,
      appointments: [
        { id: 'a', sessionNumber: 1, start: '', status: 'completed' },
        { id: 'b', sessionNumber: 2, start: '', status: 'cancelled' },
        { id: 'c', sessionNumber: 2, start: '', status: 'booked' },
        { id: 'd', sessionNumber: 3, start: '', status: 'cancelled' },
      ],
    } as TreatmentSeries;
    expect(sessionProgress(series)).toEqual({ booked: 2, total: 4 });
  });
});
