import { describe, expect, it } from 'vitest';
import { bookingPolicyRequest } from './booking-policy';

const rules = { cancelNoticeHours: 24, consultationFirst: true, offerMinutes: 120 };
const messages = (body: object) =>
  bookingPolicyRequest.safeParse(body).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('bookingPolicyRequest', () => {
  it('takes the bounds of the database: 0–336 hours of notice, offers of 15–2880 minutes', () => {
    expect(messages({ ...rules, cancelNoticeHours: 0, offerMinutes: 15 })).toEqual([]);
    expect(messages({ ...rules, cancelNoticeHours: 336, offerMinutes: 2880 })).toEqual([]);
  });

  it('says in plain words what is wrong with each rule', () => {
    expect(messages({ ...rules, cancelNoticeHours: 337, offerMinutes: 14 })).toEqual([
      ['cancelNoticeHours', 'At most 336 hours (two weeks)'],
      ['offerMinutes', 'At least 15 minutes'],
    ]);
    expect(messages({ ...rules, cancelNoticeHours: 1.5, offerMinutes: '' })).toEqual([
      ['cancelNoticeHours', 'Whole hours'],
      ['offerMinutes', 'A number of minutes'],
    ]);
  });

  it('refuses a rule it does not know', () => {
    expect(bookingPolicyRequest.safeParse({ ...rules, deposit: 50 }).success).toBe(false);
  });
});
