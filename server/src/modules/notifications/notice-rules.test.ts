import { describe, expect, it } from 'vitest';
import { reminderAt, stillTrue } from './notice-rules';

const start = new Date('2026-12-03T10:00:00Z');
const now = new Date('2026-12-01T07:00:00Z');

describe('reminder timing', () => {
  it('is 24 hours before the visit', () => {
    expect(reminderAt(start, now)).toEqual(new Date('2026-12-02T10:00:00Z'));
  });

  it('is never late: none for a visit less than 24 hours away', () => {
    expect(reminderAt(new Date('2026-12-02T06:59:00Z'), now)).toBeNull();
    expect(reminderAt(new Date('2026-12-02T07:00:00Z'), now)).toBeNull();
    expect(reminderAt(new Date('2026-12-02T07:01:00Z'), now)).toEqual(new Date('2026-12-01T07:01:00Z'));
  });

  it('counts 24 real hours across a DST change', () => {
    // London leaves summer time on 25 October 2026: 10:00 BST on the 24th is 09:00Z.
    const afterChange = new Date('2026-10-25T10:00:00Z');
    expect(reminderAt(afterChange, new Date('2026-10-20T00:00:00Z'))).toEqual(
      new Date('2026-10-24T10:00:00Z'),
    );
  });
});

describe('whether a queued message is still true', () => {
  const booked = { status: 'booked' as const, startsAt: start };
  const iso = start.toISOString();

  it('sends confirmations, reminders and moved notices for a visit still booked at that time', () => {
    for (const kind of ['confirmation', 'reminder', 'moved'] as const)
      expect(stillTrue(kind, iso, booked, now)).toBe(true);
  });

  it('stays silent for a cancelled visit, and for one that moved since', () => {
    const cancelled = { ...booked, status: 'cancelled' as const };
    const moved = { ...booked, startsAt: new Date('2026-12-04T10:00:00Z') };
    for (const kind of ['confirmation', 'reminder', 'moved'] as const) {
      expect(stillTrue(kind, iso, cancelled, now)).toBe(false);
      expect(stillTrue(kind, iso, moved, now)).toBe(false);
    }
  });

  it('sends a cancellation only when the visit is cancelled', () => {
    expect(stillTrue('cancellation', iso, { ...booked, status: 'cancelled' }, now)).toBe(true);
    expect(stillTrue('cancellation', iso, booked, now)).toBe(false);
  });

  it('does not remind of a visit that has begun', () => {
    expect(stillTrue('reminder', iso, booked, new Date('2026-12-03T10:00:00Z'))).toBe(false);
  });
});
