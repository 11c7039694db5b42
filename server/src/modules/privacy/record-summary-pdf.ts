import { PDFDocument, StandardFonts } from 'pdf-lib';
import { dayInZone, longDate, signedTime } from '../consent/consent-time';
import {
  ensureRoom,
  gap,
  GREY,
  MARGIN,
  newSheet,
  printable,
  rule,
  writeText,
  type Sheet,
} from '../consent/pdf-layout';
import type { AnswerLine } from './history-words';

/**
 * The human-readable part of a patient's copy of their record: who they are, their latest
 * health questionnaire in plain words, screenings, consents, visits and treatment sessions.
 * A pure function of its input (dates in the clinic's zone, no clock), like the consent PDFs.
 */

export interface RecordSummaryInput {
  clinicName: string;
  timeZone: string;
  preparedAt: Date;
  patient: {
    name: string;
    dateOfBirth: string;
    sex: string;
    email: string | null;
    phone: string | null;
    address: string | null;
    preferredLanguage: string;
  };
  history: { version: number; enteredAt: Date; source: string; answers: AnswerLine[] } | null;
  screenings: { at: Date; occasion: string; outcome: string; ruleSetVersion: string }[];
  consents: { treatment: string; signedAt: Date; withdrawnAt: Date | null; file: string }[];
  appointments: { startsAt: Date; service: string; location: string; status: string }[];
  sessions: { startedAt: Date; modality: string; sessionNumber: number | null; signed: boolean }[];
}

const BODY = 10.5;
const SMALL = 9;

const screeningOutcomes: Record<string, string> = {
  clear: 'Clear to treat',
  warn: 'Clear, with points to watch',
  'needs-doctor': 'A doctor had to review it first',
  block: 'Treatment had to wait',
};

function heading(sheet: Sheet, text: string): void {
  gap(sheet, 10);
  writeText(sheet, text, { size: 13, bold: true });
  rule(sheet);
}

/** A bold label and its value beside it; the value wraps under itself. */
function field(sheet: Sheet, label: string, value: string): void {
  ensureRoom(sheet, BODY * 1.4);
  sheet.page.drawText(printable(`${label}:`, sheet.fonts.bold), {
    x: MARGIN.left,
    y: sheet.y - BODY * 1.4,
    size: BODY,
    font: sheet.fonts.bold,
  });
  writeText(sheet, value, { size: BODY, indent: 130 });
}

const none = (sheet: Sheet, text: string) => writeText(sheet, text, { size: BODY, color: GREY });

function writePatient(sheet: Sheet, input: RecordSummaryInput): void {
  const p = input.patient;
  heading(sheet, 'Your details');
  field(sheet, 'Name', p.name);
  field(sheet, 'Date of birth', longDate(p.dateOfBirth));
  field(sheet, 'Sex', p.sex);
  field(sheet, 'E-mail', p.email ?? '—');
  field(sheet, 'Phone', p.phone ?? '—');
  field(sheet, 'Address', p.address ?? '—');
  field(sheet, 'Language', p.preferredLanguage);
}

function writeHistory(sheet: Sheet, input: RecordSummaryInput): void {
  heading(sheet, 'Your health questionnaire');
  const history = input.history;
  if (!history) return none(sheet, 'No health questionnaire on record.');
  const by = history.source === 'patient' ? 'you' : 'the clinic';
  writeText(
    sheet,
    `Version ${history.version}, entered by ${by} on ${signedTime(history.enteredAt, input.timeZone)}.`,
    {
      size: SMALL,
      color: GREY,
    },
  );
  for (const line of history.answers) {
    gap(sheet, 3);
    writeText(sheet, line.question, { size: BODY, bold: true });
    writeText(sheet, line.answer, { size: BODY, indent: 12 });
  }
}

function writeList<T>(sheet: Sheet, title: string, empty: string, rows: T[], text: (row: T) => string): void {
  heading(sheet, title);
  if (rows.length === 0) return none(sheet, empty);
  for (const row of rows) writeText(sheet, `• ${text(row)}`, { size: BODY });
}

/** Screenings, consents, visits and treatment sessions, each a list in time order. */
function writeCare(sheet: Sheet, input: RecordSummaryInput): void {
  const zone = input.timeZone;
  writeList(
    sheet,
    'Screenings before treatment',
    'No screenings on record.',
    input.screenings,
    (s) =>
      `${signedTime(s.at, zone)} (${s.occasion.replace('_', '-')}): ${screeningOutcomes[s.outcome] ?? s.outcome}. Rules ${s.ruleSetVersion}.`,
  );
  writeList(
    sheet,
    'Consents you signed',
    'No signed consents on record.',
    input.consents,
    (c) =>
      `${c.treatment}: signed ${signedTime(c.signedAt, zone)}${c.withdrawnAt ? `, withdrawn ${signedTime(c.withdrawnAt, zone)}` : ''} (${c.file})`,
  );
  writeList(
    sheet,
    'Visits',
    'No visits on record.',
    input.appointments,
    (a) => `${signedTime(a.startsAt, zone)}: ${a.service} at ${a.location} (${a.status.replace('_', ' ')})`,
  );
  writeList(
    sheet,
    'Treatment sessions',
    'No treatment sessions on record.',
    input.sessions,
    (s) =>
      `${longDate(dayInZone(s.startedAt, zone))}: ${s.modality}${s.sessionNumber ? `, session ${s.sessionNumber}` : ''}${s.signed ? '' : ' (chart not yet signed)'}`,
  );
}

/** The summary as PDF bytes. */
export async function recordSummaryPdf(input: RecordSummaryInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(`Record of ${input.patient.name}`);
  doc.setAuthor(input.clinicName);
  doc.setProducer('Corium');
  doc.setCreator('Corium privacy');
  doc.setCreationDate(input.preparedAt);
  doc.setModificationDate(input.preparedAt);
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const sheet = newSheet(doc, fonts);
  const zone = input.timeZone;
  writeText(sheet, `Your record at ${input.clinicName}`, { size: 18, bold: true });
  writeText(
    sheet,
    `Prepared on ${signedTime(input.preparedAt, zone)}. The files beside this summary hold the full record (record.fhir.json) and each consent you signed.`,
    { size: SMALL, color: GREY },
  );
  writePatient(sheet, input);
  writeHistory(sheet, input);
  writeCare(sheet, input);
  return doc.save();
}
