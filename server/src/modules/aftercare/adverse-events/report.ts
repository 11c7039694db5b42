import type { AdverseEvent, AdverseEventReport, ZoneId } from '@corium/contracts';
import { wallClockOf } from '../../booking/wall-clock';
import type { SignedSession } from '../plan/treatment-facts';

/**
 * The regulator-style report, pure: the sections of an MHRA Yellow Card / FDA MedWatch 3500
 * (reporter, patient, event, procedure, suspect device and lots). The patient appears only as
 * initials, age at onset and sex — what those forms ask for, and no more.
 */
export interface ReportInput {
  event: AdverseEvent;
  generatedAt: Date;
  clinic: string;
  reporter: { name: string; role: string };
  patient: { given_name: string; family_name: string; date_of_birth: string; sex: string };
  session: SignedSession & { zones: { zone: string; depth_mm: string }[] };
}

/** Whole years from birth to a day: born 1990-04-01 → 36 on 2026-12-01. */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function buildReport(input: ReportInput): AdverseEventReport {
  const { event, session } = input;
  const { device, cartridgeLots, topicalLots, ...rest } = event;
  // The record's patient id stays in the clinic: the report names the patient by initials only.
  const eventFields = Object.fromEntries(
    Object.entries(rest).filter(([key]) => key !== 'patientId'),
  ) as AdverseEventReport['event'];
  const initials = `${input.patient.given_name[0] ?? ''}${input.patient.family_name[0] ?? ''}`.toUpperCase();
  return {
    reportId: event.id,
    generatedAt: input.generatedAt.toISOString(),
    reporter: { clinic: input.clinic, name: input.reporter.name, role: input.reporter.role },
    patient: {
      initials,
      ageYears: ageOn(input.patient.date_of_birth, event.onsetDate),
      sex: input.patient.sex,
    },
    event: eventFields,
    procedure: {
      date: wallClockOf(session.started_at, session.time_zone).date,
      modality: session.modality,
      zones: session.zones.map((z) => ({ zone: z.zone as ZoneId, depthMm: Number(z.depth_mm) })),
      practitioner: session.practitioner_name,
    },
    suspectDevice: device,
    cartridgeLots,
    topicalLots,
  };
}
