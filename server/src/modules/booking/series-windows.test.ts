import { describe, expect, it } from 'vitest';
import { daysOf, runsOf, sessionWindow } from './series-windows';

const plan = { minIntervalDays: 21, maxIntervalDays: 42 };

describe('the window a session of a course may fall in', () => {
  it.each([
    ['the first session: from `from`, one maximum interval long', null, null, '2026-12-02', '2027-01-13'],
    ['21–42 days after the session before', '2026-12-10', null, '2026-12-31', '2027-01-21'],
    ['not before `from` when the minimum has passed', '2026-11-01', null, '2026-12-02', '2026-12-13'],
    ['its length kept when even the maximum has passed', '2026-09-01', null, '2026-12-02', '2026-12-23'],
    [
      'the minimum kept before a later booked session',
      '2026-12-10',
      '2027-01-28',
      '2026-12-31',
      '2027-01-07',
    ],
  ])('%s', (_, previous, next, earliest, latest) => {
    expect(sessionWindow(plan, { from: '2026-12-02', previous, next })).toEqual({ earliest, latest });
  });

  it('is empty when a later session leaves no room', () => {
    const window = sessionWindow(plan, { from: '2026-12-02', previous: '2026-12-10', next: '2027-01-10' });
    expect(daysOf(window)).toEqual([]);
  });

  it('splits the days a session may take into runs for the availability core', () => {
    const days = daysOf({ earliest: '2026-12-01', latest: '2026-12-07' });
    expect(days).toHaveLength(7);
    const closed = new Set(['2026-12-03', '2026-12-04', '2026-12-07']);
    expect(runsOf(days, (d) => !closed.has(d))).toEqual([
      { earliest: '2026-12-01', latest: '2026-12-02' },
      { earliest: '2026-12-05', latest: '2026-12-06' },
    ]);
  });
});
