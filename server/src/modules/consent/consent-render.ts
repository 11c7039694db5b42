import { createHash } from 'node:crypto';
import {
  canonicalConsentText,
  consentTreatmentLabels,
  fillPlaceholders,
  type ConsentTreatment,
} from '@corium/contracts';
import { dayInZone, longDate } from './consent-time';

export const sha256Hex = (data: string | Uint8Array): string =>
  createHash('sha256').update(data).digest('hex');

export interface RenderInput {
  title: string;
  body: string;
  treatment: ConsentTreatment;
  patientName: string;
  clinicName: string;
  /** The moment of reading or signing; `{{date}}` is its day in the clinic's zone. */
  at: Date;
  timeZone: string;
}

/**
 * A template filled in for one patient: the canonical text that is shown, hashed and printed,
 * and its SHA-256. The same template, patient and day always give the same text and hash.
 */
export function renderConsentText(input: RenderInput): { text: string; sha256: string } {
  const body = fillPlaceholders(input.body, {
    patient_name: input.patientName,
    treatment: consentTreatmentLabels[input.treatment],
    clinic_name: input.clinicName,
    date: longDate(dayInZone(input.at, input.timeZone)),
  });
  const text = canonicalConsentText(input.title, body);
  return { text, sha256: sha256Hex(text) };
}

/** The canonical text split back into what the PDF prints: the title line and the filled body. */
export function splitCanonicalText(text: string): { title: string; body: string } {
  const end = text.indexOf('\n\n');
  return end < 0
    ? { title: text.trim(), body: '' }
    : { title: text.slice(0, end), body: text.slice(end + 2) };
}
