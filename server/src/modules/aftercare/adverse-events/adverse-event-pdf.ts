import type { AdverseEventReport } from '@corium/contracts';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { gap, GREY, newSheet, rule, writeText, type Sheet } from '../../consent/pdf-layout';
import { seriousnessLabels, severityLabels } from './adverse-event-terms';

/**
 * The adverse-event report as a PDF, in the house layout of consent PDFs (pdf-lib, A4, the
 * standard fonts). Deterministic: everything printed comes from the report, so the same
 * report gives the same bytes.
 */

const H = 13;
const BODY = 10;

function section(sheet: Sheet, title: string, lines: [string, string][]): void {
  gap(sheet, 6);
  writeText(sheet, title, { size: H, bold: true });
  for (const [label, value] of lines)
    writeText(sheet, `${label}: ${value || '—'}`, { size: BODY, indent: 8 });
}

const lotLine = (l: AdverseEventReport['cartridgeLots'][number]): [string, string] => [
  l.product,
  `lot ${l.lotNumber}, expires ${l.expiresOn}${l.manufacturer ? `, ${l.manufacturer}` : ''}`,
];

export async function renderAdverseEventPdf(report: AdverseEventReport): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(`Adverse event report ${report.reportId}`);
  doc.setAuthor(report.reporter.clinic);
  doc.setProducer('Corium');
  doc.setCreationDate(new Date(report.generatedAt));
  doc.setModificationDate(new Date(report.generatedAt));
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const sheet = newSheet(doc, fonts);
  writeText(sheet, 'Adverse event report — medical device (microneedling)', { size: 16, bold: true });
  writeText(
    sheet,
    `For MHRA Yellow Card / FDA MedWatch filing. Report ${report.reportId}, generated ${report.generatedAt}.`,
    { size: 9, color: GREY },
  );
  rule(sheet);
  section(sheet, 'Reporter', [
    ['Clinic', report.reporter.clinic],
    ['Name', report.reporter.name],
    ['Role', report.reporter.role],
  ]);
  section(sheet, 'Patient', [
    ['Initials', report.patient.initials],
    ['Age at onset', `${report.patient.ageYears} years`],
    ['Sex', report.patient.sex],
  ]);
  writeEvent(sheet, report);
  writeProcedure(sheet, report);
  return doc.save();
}

function writeEvent(sheet: Sheet, report: AdverseEventReport): void {
  const e = report.event;
  section(sheet, 'Event', [
    ['Term', e.termLabel],
    ['Description', e.description],
    ['Onset', `${e.onsetDate} (day ${e.onsetDay} after treatment)`],
    ['Severity grade', severityLabels[e.severityGrade] ?? String(e.severityGrade)],
    ['Serious', e.serious ? e.seriousness.map((s) => seriousnessLabels[s] ?? s).join('; ') : 'No'],
    ['Treatment given', e.treatmentGiven],
    ['Outcome', e.outcome.replace(/_/g, ' ')],
    ['Causality (WHO-UMC)', e.causality],
    ['Recorded', `${e.recordedAt} by ${e.recordedBy.name}`],
  ]);
}

function writeProcedure(sheet: Sheet, report: AdverseEventReport): void {
  section(sheet, 'Procedure', [
    ['Date', report.procedure.date],
    ['Modality', report.procedure.modality],
    ['Zones (needle depth)', report.procedure.zones.map((z) => `${z.zone} ${z.depthMm} mm`).join(', ')],
    ['Practitioner', report.procedure.practitioner],
  ]);
  const d = report.suspectDevice;
  section(sheet, 'Suspect device', [
    [
      'Device',
      d ? `${d.kind === 'rf_unit' ? 'RF unit' : 'Pen'} ${d.model}, serial ${d.serial}` : 'Not recorded',
    ],
  ]);
  section(
    sheet,
    'Cartridge lots',
    report.cartridgeLots.length ? report.cartridgeLots.map(lotLine) : [['Lots', 'None recorded']],
  );
  section(
    sheet,
    'Topical lots',
    report.topicalLots.length ? report.topicalLots.map(lotLine) : [['Lots', 'None recorded']],
  );
}
