import {
  consentTreatmentLabels,
  type ConsentPlaceholder,
  type ConsentTreatment,
  type PlaceholderValues,
} from '@corium/contracts';
import { clinicDay } from '../../lib/clinic-time';

/** The editor's text and its selection, as offsets into the text. */
export interface Edit {
  text: string;
  start: number;
  end: number;
}

export type LineMarker = '# ' | '## ' | '- ';

/** Any marker a line already starts with, so "Heading" on a bullet turns it into a heading. */
const existingMarker = /^(#{1,2}\s+|[-*]\s+)/;

/**
 * Starts every line the selection touches with `marker`, replacing a heading or bullet marker
 * already there; if every line already has it, takes it off (a second click undoes the first).
 * Selecting "a\nb" and choosing Bullet → "- a\n- b", both lines selected.
 */
export function markLines({ text, start, end }: Edit, marker: LineMarker): Edit {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end > start && text[end - 1] === '\n' ? end - 1 : end);
  const to = lineEnd < 0 ? text.length : lineEnd;
  const lines = text.slice(from, to).split('\n');
  const marked = lines.every((line) => line.startsWith(marker));
  const next = lines
    .map((line) => (marked ? line.slice(marker.length) : `${marker}${line.replace(existingMarker, '')}`))
    .join('\n');
  const changed = text.slice(0, from) + next + text.slice(to);
  // A cursor (no selection) goes to the end of its line, ready to type the heading or item.
  return start === end
    ? { text: changed, start: from + next.length, end: from + next.length }
    : { text: changed, start: from, end: from + next.length };
}

/** Wraps the selection in `**`; with nothing selected, inserts a bold placeholder word, selected to type over. */
export function markBold({ text, start, end }: Edit): Edit {
  const selected = text.slice(start, end) || 'bold text';
  return {
    text: `${text.slice(0, start)}**${selected}**${text.slice(end)}`,
    start: start + 2,
    end: start + 2 + selected.length,
  };
}

/** Replaces the selection with `insert`; the cursor goes after it. */
export function insertAt({ text, start, end }: Edit, insert: string): Edit {
  const at = start + insert.length;
  return { text: `${text.slice(0, start)}${insert}${text.slice(end)}`, start: at, end: at };
}

export const placeholderWords: Record<ConsentPlaceholder, string> = {
  patient_name: 'Patient’s full name',
  treatment: 'Treatment',
  clinic_name: 'Clinic name',
  date: 'Date of signing',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2026-11-26` → `26 November 2026`, as the server fills `{{date}}`. */
function longDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${MONTHS[month! - 1]} ${year}`;
}

/** What the preview fills in: an invented patient, this clinic, today. */
export function sampleValues(treatment: ConsentTreatment, clinicName: string, now: Date, timeZone: string) {
  const values: PlaceholderValues = {
    patient_name: 'Jordan Sample',
    treatment: consentTreatmentLabels[treatment],
    clinic_name: clinicName,
    date: longDate(clinicDay(now, timeZone)),
  };
  return values;
}
