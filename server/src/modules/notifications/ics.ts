/**
 * A calendar invite for one visit, as RFC 5545 (iCalendar) with the RFC 5546 (iTIP) methods a
 * mail client acts on: REQUEST adds or updates the event, CANCEL removes it. Pure: the same
 * input gives the same bytes.
 *
 * Times are written in UTC (`DTSTART:20260611T090000Z`, RFC 5545 §3.3.5 form #2): every
 * calendar shows them in the reader's own zone, so a visit at 10:00 in London during summer
 * time is 09:00Z and appears at 10:00 London, 05:00 New York — no VTIMEZONE to get wrong.
 */

export interface CalendarInvite {
  method: 'REQUEST' | 'CANCEL';
  /** The same for every message about one appointment, e.g. `<appointment id>@corium`. */
  uid: string;
  /** Raised each time the visit moves or is cancelled, so calendars replace the older copy. */
  sequence: number;
  /** When this copy was made (DTSTAMP). */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  location: string;
  description: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string } | null;
}

const PRODID = '-//Corium//Appointments//EN';
const MAX_OCTETS = 75;

/** RFC 5545 §3.3.11: backslash, semicolon and comma are escaped; a line break becomes `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 §3.3.5 UTC date-time: `20261202T090000Z`. */
export function utcDateTime(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * RFC 5545 §3.1: a content line longer than 75 octets is split, each continuation starting with
 * one space; a split never falls inside a multi-byte UTF-8 character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The first line holds 75 octets; each continuation 74 after its leading space.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A parameter value (CN) is quoted; RFC 5545 §3.2 forbids a double quote inside it. */
const paramValue = (value: string): string => `"${value.replace(/["\r\n]/g, '')}"`;

function eventLines(invite: CalendarInvite): string[] {
  const cancelled = invite.method === 'CANCEL';
  const lines = [
    'BEGIN:VEVENT',
    `UID:${invite.uid}`,
    `SEQUENCE:${invite.sequence}`,
    `DTSTAMP:${utcDateTime(invite.stamp)}`,
    `DTSTART:${utcDateTime(invite.start)}`,
    `DTEND:${utcDateTime(invite.end)}`,
    `SUMMARY:${escapeText(invite.summary)}`,
    `LOCATION:${escapeText(invite.location)}`,
    `DESCRIPTION:${escapeText(invite.description)}`,
    `ORGANIZER;CN=${paramValue(invite.organizer.name)}:mailto:${invite.organizer.email}`,
  ];
  if (invite.attendee)
    lines.push(
      `ATTENDEE;CN=${paramValue(invite.attendee.name)};ROLE=REQ-PARTICIPANT:mailto:${invite.attendee.email}`,
    );
  lines.push(`STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

/** The whole VCALENDAR object, CRLF after every line (the last one too), lines folded. */
export function buildInvite(invite: CalendarInvite): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${invite.method}`,
    ...eventLines(invite),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
