import {
  consentTreatmentLabels,
  parseConsentText,
  photoScopeLabels,
  photoScopes,
  type ConsentBlock,
  type ConsentTreatment,
  type DrawnSignature,
  type PhotoScopeChoices,
} from '@corium/contracts';
import { LineCapStyle, PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { splitCanonicalText } from './consent-render';
import { longDate, signedTime } from './consent-time';
import {
  A4,
  ensureRoom,
  gap,
  GREY,
  MARGIN,
  newSheet,
  printable,
  rule,
  writeRuns,
  writeText,
  type Sheet,
} from './pdf-layout';

/** Everything printed on a signed consent; the PDF is a pure function of it. */
export interface ConsentPdfInput {
  clinicName: string;
  timeZone: string;
  patient: { name: string; dateOfBirth: string };
  treatment: ConsentTreatment;
  templateVersion: number;
  /** The canonical text the patient read: title, blank line, filled body. */
  renderedText: string;
  documentSha256: string;
  photoScopes: PhotoScopeChoices | null;
  signature: DrawnSignature;
  typedName: string;
  signedAt: Date;
  signedVia: 'portal' | 'tablet';
  /** Display name of the staff member whose tablet was used. */
  facilitatedBy: string | null;
}

const BODY = 10.5;
const SIGNATURE_BOX = { width: 260, height: 96, padding: 8 };

/**
 * Renders the signed consent. Made once at signing and stored; deterministic — no clock, no
 * random ids, dates taken from the signing time — so the same input gives the same bytes.
 */
export async function renderConsentPdf(input: ConsentPdfInput): Promise<Uint8Array> {
  const { title, body } = splitCanonicalText(input.renderedText);
  const doc = await PDFDocument.create({ updateMetadata: false });
  setMetadata(doc, input, title);
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const sheet = newSheet(doc, fonts);
  writeHeader(sheet, input, title);
  for (const block of parseConsentText(body)) writeBlock(sheet, block);
  if (input.photoScopes) writePhotoScopes(sheet, input.photoScopes);
  writeSignature(sheet, input);
  writeFooters(sheet, input.documentSha256);
  return doc.save();
}

function setMetadata(doc: PDFDocument, input: ConsentPdfInput, title: string): void {
  doc.setTitle(title);
  doc.setAuthor(input.clinicName);
  doc.setSubject(`Signed consent: ${consentTreatmentLabels[input.treatment]}`);
  doc.setProducer('Corium');
  doc.setCreator('Corium consent');
  doc.setCreationDate(input.signedAt);
  doc.setModificationDate(input.signedAt);
}

function writeHeader(sheet: Sheet, input: ConsentPdfInput, title: string): void {
  writeText(sheet, input.clinicName, { size: 9, color: GREY });
  gap(sheet, 4);
  writeText(sheet, title, { size: 16, bold: true, leading: 1.25 });
  gap(sheet, 4);
  writeRuns(
    sheet,
    [
      { text: 'Patient: ', bold: true },
      { text: `${input.patient.name}  ·  `, bold: false },
      { text: 'Date of birth: ', bold: true },
      { text: longDate(input.patient.dateOfBirth), bold: false },
    ],
    { size: 10 },
  );
  writeText(
    sheet,
    `${consentTreatmentLabels[input.treatment]} consent, template version ${input.templateVersion}`,
    { size: 10, color: GREY },
  );
  rule(sheet);
}

function writeBlock(sheet: Sheet, block: ConsentBlock): void {
  switch (block.kind) {
    case 'heading':
      // A heading never sits alone at the bottom of a page.
      ensureRoom(sheet, 60);
      gap(sheet, block.level === 1 ? 10 : 6);
      writeRuns(
        sheet,
        block.runs.map((r) => ({ ...r, bold: true })),
        { size: block.level === 1 ? 13 : 11.5 },
      );
      return;
    case 'paragraph':
      gap(sheet, 4);
      writeRuns(sheet, block.runs, { size: BODY });
      return;
    case 'bullets':
      gap(sheet, 2);
      for (const item of block.items) {
        ensureRoom(sheet, BODY * 1.4);
        sheet.page.drawText('•', {
          x: MARGIN.left + 6,
          y: sheet.y - BODY * 1.4,
          size: BODY,
          font: sheet.fonts.regular,
        });
        writeRuns(sheet, item, { size: BODY, indent: 18 });
      }
  }
}

function writePhotoScopes(sheet: Sheet, choices: PhotoScopeChoices): void {
  ensureRoom(sheet, 90);
  gap(sheet, 10);
  writeText(sheet, 'Photo use chosen by the patient', { size: 11.5, bold: true });
  for (const scope of photoScopes)
    writeRuns(
      sheet,
      [
        { text: `${photoScopeLabels[scope]}: `, bold: false },
        { text: choices[scope] ? 'Yes, allowed' : 'No, not allowed', bold: true },
      ],
      { size: BODY, indent: 18 },
    );
}

function writeSignature(sheet: Sheet, input: ConsentPdfInput): void {
  ensureRoom(sheet, SIGNATURE_BOX.height + 110);
  gap(sheet, 14);
  writeText(sheet, 'Signature', { size: 11.5, bold: true });
  gap(sheet, 6);
  const box = { x: MARGIN.left, y: sheet.y - SIGNATURE_BOX.height, ...SIGNATURE_BOX };
  sheet.page.drawRectangle({ ...box, borderColor: GREY, borderWidth: 0.5 });
  drawStrokes(sheet, input.signature, box);
  sheet.y = box.y - 4;
  const line = (label: string, value: string) =>
    writeRuns(
      sheet,
      [
        { text: `${label}: `, bold: true },
        { text: value, bold: false },
      ],
      { size: 10 },
    );
  line('Typed name', input.typedName);
  line('Signed', signedTime(input.signedAt, input.timeZone));
  line(
    'Signed in',
    input.signedVia === 'portal'
      ? 'the patient portal'
      : `the clinic, on a tablet handed over by ${input.facilitatedBy ?? 'staff'}`,
  );
}

/**
 * The pointer strokes as vector paths, scaled uniformly so the ink fills the box and centred in
 * it (pad pixels have y growing downwards, as SVG paths do).
 */
function drawStrokes(
  sheet: Sheet,
  signature: DrawnSignature,
  box: { x: number; y: number; width: number; height: number; padding: number },
): void {
  // A loop, not Math.min(...points): a long signature has more points than a call has arguments.
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of signature.strokes.flat()) {
    [minX, maxX] = [Math.min(minX, x), Math.max(maxX, x)];
    [minY, maxY] = [Math.min(minY, y), Math.max(maxY, y)];
  }
  const inner = { width: box.width - 2 * box.padding, height: box.height - 2 * box.padding };
  const scale = Math.min(inner.width / Math.max(maxX - minX, 1), inner.height / Math.max(maxY - minY, 1));
  const offsetX = box.padding + (inner.width - (maxX - minX) * scale) / 2;
  const offsetY = box.padding + (inner.height - (maxY - minY) * scale) / 2;
  const at = (p: readonly [number, number]): [string, string] => [
    ((p[0] - minX) * scale + offsetX).toFixed(2),
    ((p[1] - minY) * scale + offsetY).toFixed(2),
  ];
  const top = box.y + box.height;
  for (const stroke of signature.strokes) {
    if (stroke.length === 1) {
      const [x, y] = at(stroke[0]!).map(Number) as [number, number];
      sheet.page.drawCircle({ x: box.x + x, y: top - y, size: 0.9, color: rgb(0, 0, 0.35) });
      continue;
    }
    const path = stroke.map((p, i) => `${i === 0 ? 'M' : 'L'} ${at(p).join(' ')}`).join(' ');
    sheet.page.drawSvgPath(path, {
      x: box.x,
      y: top,
      borderColor: rgb(0, 0, 0.35),
      borderWidth: 1.4,
      borderLineCap: LineCapStyle.Round,
    });
  }
}

/** Every page says which text it belongs to, so a loose page can be matched to its record. */
function writeFooters(sheet: Sheet, documentSha256: string): void {
  const font = sheet.fonts.regular;
  sheet.pages.forEach((page, i) => {
    const label = printable(`Document SHA-256: ${documentSha256}`, font);
    page.drawText(label, { x: MARGIN.left, y: 36, size: 7, font, color: GREY });
    const number = `Page ${i + 1} of ${sheet.pages.length}`;
    page.drawText(number, {
      x: A4[0] - MARGIN.right - font.widthOfTextAtSize(number, 7),
      y: 36,
      size: 7,
      font,
      color: GREY,
    });
  });
}
