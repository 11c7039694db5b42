import { describe, expect, it } from 'vitest';
import { fitIssues, type FitInput } from './booking-fit';
import { placeSegments } from './visit-plan';

const needling = [
  { name: 'Numbing', minutes: 45, uses: ['room'] },
  { name: 'Needling', minutes: 30, uses: ['room', 'practitioner', 'pen'] },
  { name: 'Aftercare', minutes: 10, uses: ['room'] },
];
const nineToSix = [{ start: 540, end: 1080 }];

function input(start: string, changes: Partial<FitInput> = {}, zone = 'Europe/London'): FitInput {
  return {
    timeZone: zone,
    placed: placeSegments(new Date(start), needling),
    gridMinutes: 15,
    opening: nineToSix,
    practitioners: [{ role: 'practitioner', name: 'Dr Ada', hours: nineToSix, timeOff: [] }],
    ...changes,
  };
}
const paths = (i: FitInput) => fitIssues(i).map((issue) => issue.path);

describe('whether a visit fits the day', () => {
  it('fits inside the hours, in winter and in summer (09:00 London is 08:00Z in July)', () => {
    expect(fitIssues(input('2026-12-02T09:00:00Z'))).toEqual([]);
    expect(fitIssues(input('2026-07-01T08:00:00Z'))).toEqual([]);
    expect(paths(input('2026-07-01T07:45:00Z'))).toEqual(['start']);
  });

  it('keeps to the quarter-hour grid of the wall clock', () => {
    expect(fitIssues(input('2026-12-02T09:10:00Z'))[0]?.message).toMatch(/15-minute grid/);
    // Kathmandu is UTC+05:45: 03:15Z is 09:00 there, on the grid.
    expect(fitIssues(input('2026-12-02T03:15:00Z', {}, 'Asia/Kathmandu'))).toEqual([]);
  });

  it('refuses a visit past closing, on a closed day, or across a clock change', () => {
    expect(fitIssues(input('2026-12-02T17:00:00Z'))[0]?.message).toMatch(/17:00–18:25; open 09:00–18:00/);
    expect(fitIssues(input('2026-12-02T09:00:00Z', { opening: [] }))[0]?.message).toMatch(/closed that day/);
    const allDay = { opening: [{ start: 0, end: 1440 }] };
    // London, 29 March 2026: 00:30 + 85 min reads 02:55, the clocks went forward at 01:00.
    expect(fitIssues(input('2026-03-29T00:30:00Z', allDay))[0]?.message).toMatch(/clock change/);
    expect(fitIssues(input('2026-12-02T23:00:00Z', allDay))[0]?.message).toMatch(/past midnight/);
  });

  it('needs the practitioner working for the needling only, not the numbing', () => {
    const from0945 = [
      { role: 'practitioner', name: 'Dr Ada', hours: [{ start: 585, end: 1080 }], timeOff: [] },
    ];
    expect(fitIssues(input('2026-12-02T09:00:00Z', { practitioners: from0945 }))).toEqual([]);
    const from1000 = [
      { role: 'practitioner', name: 'Dr Ada', hours: [{ start: 600, end: 1080 }], timeOff: [] },
    ];
    expect(fitIssues(input('2026-12-02T09:00:00Z', { practitioners: from1000 }))).toEqual([
      {
        path: 'assignment.practitioner',
        message: 'Dr Ada does not work 09:45–10:15 (Needling) that day (works 10:00–18:00)',
      },
    ]);
  });

  it('refuses a practitioner who is off during their segment', () => {
    const off = { start: new Date('2026-12-02T10:00:00Z'), end: new Date('2026-12-02T12:00:00Z') };
    const away = [{ role: 'practitioner', name: 'Dr Ada', hours: nineToSix, timeOff: [off] }];
    expect(paths(input('2026-12-02T09:00:00Z', { practitioners: away }))).toEqual([
      'assignment.practitioner',
    ]);
    // Off from 10:15, when the needling is over: fine.
    const later = [{ ...away[0]!, timeOff: [{ ...off, start: new Date('2026-12-02T10:15:00Z') }] }];
    expect(fitIssues(input('2026-12-02T09:00:00Z', { practitioners: later }))).toEqual([]);
    const notWorking = [{ role: 'practitioner', name: 'Dr Ada', hours: [], timeOff: [] }];
    expect(fitIssues(input('2026-12-02T09:00:00Z', { practitioners: notWorking }))[0]?.message).toBe(
      'Dr Ada is not working that day',
    );
  });
});
