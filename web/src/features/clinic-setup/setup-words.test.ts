import { describe, expect, it } from 'vitest';
import { hoursInWords, minutesInWords } from './setup-words';

describe('booking rules in words', () => {
  it('says a notice in days and hours', () => {
    expect(hoursInWords(0)).toBe('0 hours');
    expect(hoursInWords(1)).toBe('1 hour');
    expect(hoursInWords(24)).toBe('1 day');
    expect(hoursInWords(36)).toBe('1 day and 12 hours');
    expect(hoursInWords(336)).toBe('14 days');
  });

  it('says how long an offer stays open in hours and minutes', () => {
    expect(minutesInWords(15)).toBe('15 minutes');
    expect(minutesInWords(61)).toBe('1 hour and 1 minute');
    expect(minutesInWords(120)).toBe('2 hours');
    expect(minutesInWords(2880)).toBe('48 hours');
  });
});
