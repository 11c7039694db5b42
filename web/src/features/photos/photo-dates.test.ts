import { describe, expect, it } from 'vitest';
import { photoDay, takenAtForDay } from './photo-dates';

describe('the day a photo was taken', () => {
  it('leaves today to the server', () => {
    expect(takenAtForDay('2025-06-10', '2025-06-10', 0)).toBeUndefined();
  });

  it('is midday of an earlier day on the device clock', () => {
    expect(takenAtForDay('2025-06-01', '2025-06-10', 0)).toBe('2025-06-01T12:00:00.000Z');
    // Paris in summer is two hours ahead of UTC: midday there is 10:00 UTC.
    expect(takenAtForDay('2025-06-01', '2025-06-10', -120)).toBe('2025-06-01T10:00:00.000Z');
    // New York in summer is four hours behind: midday there is 16:00 UTC.
    expect(takenAtForDay('2025-06-01', '2025-06-10', 240)).toBe('2025-06-01T16:00:00.000Z');
  });

  it('refuses a day still to come and anything that is not a day', () => {
    expect(takenAtForDay('2025-06-11', '2025-06-10', 0)).toBeNull();
    expect(takenAtForDay('', '2025-06-10', 0)).toBeNull();
  });

  it('files a photo under the clinic’s day, not the device’s', () => {
    expect(photoDay('2025-06-10T23:30:00Z', 'Europe/Paris')).toBe('2025-06-11');
    expect(photoDay('2025-06-10T23:30:00Z', 'America/New_York')).toBe('2025-06-10');
  });
});
