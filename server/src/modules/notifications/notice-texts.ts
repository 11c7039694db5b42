import type { AppointmentNoticeKind } from '@corium/contracts';
import type { PreCareInstruction } from './pre-care';

/** What a message about one visit says, from the visit as it is now. Pure. */
export interface VisitForNotice {
  serviceName: string;
  locationName: string;
  locationAddress: string | null;
  timeZone: string;
  start: Date;
  end: Date;
}

export interface EmailText {
  subject: string;
  text: string;
}

/** `Wednesday 2 December 2026 at 10:00 (Europe/London)`: the visit on the location's wall clock. */
export function visitTime(at: Date, timeZone: string): string {
  const parts: Record<string, string> = {};
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  for (const part of format.formatToParts(at)) parts[part.type] = part.value;
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute} (${timeZone})`;
}

/** `Room 1, 10 High Street` — the place as the patient finds it. */
export const visitPlace = (v: VisitForNotice): string =>
  [v.locationName, v.locationAddress].filter((part): part is string => Boolean(part)).join(', ');

/** What every message about a visit needs besides the visit itself. */
export interface NoticeContext {
  patientName: string;
  clinicName: string;
}

const headline: Record<AppointmentNoticeKind, (c: NoticeContext, count: number) => string> = {
  confirmation: (c, n) =>
    `Your ${n > 1 ? `${n} appointments` : 'appointment'} at ${c.clinicName} ${n > 1 ? 'are' : 'is'} booked`,
  reminder: (c) => `Reminder: your appointment at ${c.clinicName} tomorrow`,
  moved: (c) => `Your appointment at ${c.clinicName} has moved`,
  cancellation: (c) => `Your appointment at ${c.clinicName} is cancelled`,
};

function preCareLines(preCare: readonly PreCareInstruction[]): string[] {
  if (preCare.length === 0) return [];
  return ['', 'Before your visit:', ...preCare.map((i) => `- ${i.text}`)];
}

const line = (v: VisitForNotice): string =>
  `${v.serviceName}: ${visitTime(v.start, v.timeZone)}, at ${visitPlace(v)}.`;

function bodyLines(
  kind: AppointmentNoticeKind,
  visits: VisitForNotice[],
  previousStart: Date | null,
): string[] {
  const v = visits[0]!;
  switch (kind) {
    case 'confirmation':
      return [
        ...visits.map(line),
        '',
        `The attached ${visits.length > 1 ? 'invites add them' : 'invite adds it'} to your calendar.`,
      ];
    case 'reminder':
      return [line(v)];
    case 'moved':
      return [
        ...(previousStart ? [`It was on ${visitTime(previousStart, v.timeZone)}.`] : []),
        `Now: ${line(v)}`,
        '',
        'The attached invite updates your calendar.',
      ];
    case 'cancellation':
      return [
        `Cancelled: ${line(v)}`,
        '',
        'The attached invite removes it from your calendar. Contact us to book another time.',
      ];
  }
}

/** The e-mail: pre-care instructions only in a reminder, and only those given for the visit. */
export function emailText(
  kind: AppointmentNoticeKind,
  context: NoticeContext,
  visits: VisitForNotice[],
  options: { previousStart: Date | null; preCare: readonly PreCareInstruction[] },
): EmailText {
  const lines = [
    `Hello ${context.patientName},`,
    '',
    ...bodyLines(kind, visits, options.previousStart),
    ...(kind === 'reminder' ? preCareLines(options.preCare) : []),
    '',
    context.clinicName,
  ];
  return { subject: headline[kind](context, visits.length), text: lines.join('\n') };
}

/**
 * A text message: only the clinic, the time and the place — a phone's lock screen shows it to
 * anyone nearby, so no treatment, no name, no instructions.
 */
export function smsText(
  kind: AppointmentNoticeKind,
  context: NoticeContext,
  visits: VisitForNotice[],
): string {
  const v = visits[0]!;
  const at = `${visitTime(v.start, v.timeZone)} at ${v.locationName}`;
  const clinic = context.clinicName;
  switch (kind) {
    case 'confirmation':
      return visits.length > 1
        ? `${clinic}: your ${visits.length} appointments are booked; the first is ${at}.`
        : `${clinic}: your appointment is booked for ${at}.`;
    case 'reminder':
      return `${clinic}: reminder of your appointment ${at}.`;
    case 'moved':
      return `${clinic}: your appointment has moved to ${at}.`;
    case 'cancellation':
      return `${clinic}: your appointment on ${at} is cancelled.`;
  }
}
