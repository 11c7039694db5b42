import { describe, expect, it } from 'vitest';
import { buildInvite, escapeText, foldLine, utcDateTime, type CalendarInvite } from './ics';

const invite = (changes: Partial<CalendarInvite> = {}): CalendarInvite => ({
  method: 'REQUEST',
  uid: '0193a1b2-0000-7000-8000-000000000001@corium',
  sequence: 0,
  stamp: new Date('2026-12-01T07:00:00Z'),
  start: new Date('2026-12-02T09:00:00Z'),
  end: new Date('2026-12-02T10:25:00Z'),
  summary: 'Microneedling, face at Skin Clinic',
  location: 'Main site, 1 High Street; London',
  description: 'Line one\nLine two, with a comma',
  organizer: { name: 'Skin Clinic', email: 'no-reply@clinic.example' },
  attendee: { name: 'Ann "Annie" Lee', email: 'ann@example.org' },
  ...changes,
});

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (text: string): string[] =>
  text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
const property = (text: string, name: string): string | undefined =>
  unfold(text)
    .find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))
    ?.replace(/^[^:]*:/, '');

describe('calendar invites (RFC 5545)', () => {
  it('ends every line with CRLF and never has a bare LF', () => {
    const text = buildInvite(invite());
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(unfold(text)[0]).toBe('BEGIN:VCALENDAR');
    expect(unfold(text).at(-1)).toBe('END:VCALENDAR');
  });

  it('folds lines longer than 75 octets, counting bytes, never splitting a character', () => {
    const long = 'Crème brûlée — ünïcödé '.repeat(12);
    const text = buildInvite(invite({ description: long }));
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
    expect(property(text, 'DESCRIPTION')).toBe(escapeText(long));
    const folded = foldLine('X'.repeat(160));
    expect(folded.split('\r\n').map((l) => l.length)).toEqual([75, 75, 12]);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((l) => l.startsWith(' ')),
    ).toBe(true);
  });

  it('escapes TEXT values: backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    const text = buildInvite(invite());
    expect(property(text, 'LOCATION')).toBe('Main site\\, 1 High Street\\; London');
    expect(property(text, 'DESCRIPTION')).toBe('Line one\\nLine two\\, with a comma');
  });

  it('writes a request with a stable UID, the sequence, DTSTAMP and UTC times', () => {
    const text = buildInvite(invite({ sequence: 2 }));
    expect(property(text, 'METHOD')).toBe('REQUEST');
    expect(property(text, 'UID')).toBe('0193a1b2-0000-7000-8000-000000000001@corium');
    expect(property(text, 'SEQUENCE')).toBe('2');
    expect(property(text, 'DTSTAMP')).toBe('20261201T070000Z');
    expect(property(text, 'DTSTART')).toBe('20261202T090000Z');
    expect(property(text, 'DTEND')).toBe('20261202T102500Z');
    expect(property(text, 'STATUS')).toBe('CONFIRMED');
    expect(unfold(text)).toContain('ORGANIZER;CN="Skin Clinic":mailto:no-reply@clinic.example');
    // A double quote may not appear inside a quoted parameter value (§3.2).
    expect(unfold(text)).toContain('ATTENDEE;CN="Ann Annie Lee";ROLE=REQ-PARTICIPANT:mailto:ann@example.org');
    expect(unfold(text).filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED under the same UID', () => {
    const text = buildInvite(invite({ method: 'CANCEL', sequence: 1 }));
    expect(property(text, 'METHOD')).toBe('CANCEL');
    expect(property(text, 'STATUS')).toBe('CANCELLED');
    expect(property(text, 'UID')).toBe(invite().uid);
  });

  it('keeps the wall-clock time across a DST change: 10:00 London is 09:00Z in summer, 10:00Z in winter', () => {
    // The visits are booked by their London wall-clock time; summer time began on 29 March 2026.
    expect(utcDateTime(new Date('2026-03-28T10:00:00+00:00'))).toBe('20260328T100000Z');
    expect(utcDateTime(new Date('2026-03-30T10:00:00+01:00'))).toBe('20260330T090000Z');
    const summer = buildInvite(
      invite({ start: new Date('2026-06-10T10:00:00+01:00'), end: new Date('2026-06-10T11:25:00+01:00') }),
    );
    expect(property(summer, 'DTSTART')).toBe('20260610T090000Z');
    expect(property(summer, 'DTEND')).toBe('20260610T102500Z');
  });

  it('gives the same bytes for the same input', () => {
    expect(buildInvite(invite())).toBe(buildInvite(invite()));
  });
});
