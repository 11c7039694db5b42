import type { PortalAppointment } from '@corium/contracts';

/** RFC 5545 text: backslash, semicolon and comma escaped, new lines as `\n`. */
const escapeText = (text: string): string =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** An instant in UTC, `20261202T100000Z`: correct in every zone the calendar app shows it in. */
const utcStamp = (instant: string): string =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** A one-event calendar file for the booked visit, to add it to the patient's own calendar. */
export function calendarFile(visit: PortalAppointment, clinicName: string, now: Date): string {
  const withWhom = visit.practitionerName ? ` with ${visit.practitionerName}` : '';
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Corium//Patient portal//EN',
    'BEGIN:VEVENT',
    `UID:${visit.id}@corium`,
    `DTSTAMP:${utcStamp(now.toISOString())}`,
    `DTSTART:${utcStamp(visit.start)}`,
    `DTEND:${utcStamp(visit.end)}`,
    `SUMMARY:${escapeText(`${visit.serviceName} at ${clinicName}`)}`,
    `LOCATION:${escapeText(visit.locationName)}`,
    `DESCRIPTION:${escapeText(`${visit.serviceName}${withWhom}.`)}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** Saves the calendar file on the device. */
export function downloadCalendarFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Some browsers start reading the file only after this tick; revoking at once can cancel it.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
