import { describe, expect, it } from 'vitest';
import { contactMinutes, currentWarnings, minutesText } from './contact-time';

const applied = '2026-03-02T10:00:00.000Z';
const at = (time: string) => new Date(`2026-03-02T${time}:00.000Z`);

describe('anaesthetic contact time', () => {
  it('counts whole minutes until now while it is on, and until removal once off', () => {
    expect(contactMinutes({ appliedAt: applied, removedAt: null, warnings: [] }, at('10:42'))).toBe(42);
    const removed = { appliedAt: applied, removedAt: '2026-03-02T10:35:00.000Z', warnings: [] };
    expect(contactMinutes(removed, at('11:30'))).toBe(35);
  });

  it('warns once the live timer passes 60 minutes, without repeating the server’s warning', () => {
    const on = { appliedAt: applied, removedAt: null, warnings: [] };
    expect(currentWarnings(on, at('11:00'))).toEqual([]);
    expect(currentWarnings(on, at('11:01')).map((w) => w.code)).toEqual(['contact_over_60_min']);
    const told = { ...on, warnings: [{ code: 'contact_over_60_min' as const, message: 'server' }] };
    expect(currentWarnings(told, at('11:30'))).toEqual(told.warnings);
  });

  it('writes long contact times in hours and minutes', () => {
    expect(minutesText(42)).toBe('42 min');
    expect(minutesText(65)).toBe('1 h 05 min');
  });
});
