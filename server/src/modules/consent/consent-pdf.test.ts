import { inflateSync } from 'node:zlib';
import type { PDFRawStream } from 'pdf-lib';
import { PDFArray, PDFDocument, PDFName } from 'pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderConsentPdf, type ConsentPdfInput } from './consent-pdf';
import { renderConsentText } from './consent-render';

const signedAt = new Date('2026-11-26T14:03:27Z');
const rendered = renderConsentText({
  title: 'Consent to microneedling',
  body: [
    'I, {{patient_name}}, ask {{clinic_name}} to treat me with {{treatment}}.',
    '',
    '## What is normal afterwards',
    '- Redness for **1 to 3 days**',
    '- Flaking around day 3 to 5',
    '',
    'Date: {{date}}',
  ].join('\n'),
  treatment: 'microneedling',
  patientName: 'Zoë Müller',
  clinicName: 'Northside Skin',
  at: signedAt,
  timeZone: 'Europe/London',
});

const input: ConsentPdfInput = {
  clinicName: 'Northside Skin',
  timeZone: 'Europe/London',
  patient: { name: 'Zoë Müller', dateOfBirth: '1990-04-01' },
  treatment: 'microneedling',
  templateVersion: 3,
  renderedText: rendered.text,
  documentSha256: rendered.sha256,
  photoScopes: null,
  signature: {
    width: 600,
    height: 200,
    strokes: [
      [
        [20, 150],
        [80, 40],
        [140, 160],
        [220, 60],
      ],
      [[300, 100]],
      [
        [320, 120],
        [560, 110],
      ],
    ],
  },
  typedName: 'Zoë Müller',
  signedAt,
  signedVia: 'tablet',
  facilitatedBy: 'Priya Shah',
};

/** The text drawn on each page: pdf-lib writes standard-font text as `<hex> Tj`, WinAnsi-encoded. */
async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const contents = page.node.Contents()!;
    const streams =
      contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
    return streams
      .map((stream) => {
        const raw = stream as PDFRawStream;
        const data = raw.dict.get(PDFName.of('Filter')) ? inflateSync(raw.contents) : raw.contents;
        return [
          ...Buffer.from(data)
            .toString('latin1')
            .matchAll(/<([0-9A-F]*)> Tj/g),
        ]
          .map((m) => Buffer.from(m[1]!, 'hex').toString('latin1'))
          .join('\n');
      })
      .join('\n');
  });
}

afterEach(() => vi.useRealTimers());

describe('signed consent PDF', () => {
  it('is byte-identical for the same input, whenever it is made', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2027-01-01T00:00:00Z'));
    const first = await renderConsentPdf(input);
    vi.setSystemTime(new Date('2031-06-15T12:34:56Z'));
    const second = await renderConsentPdf(input);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const other = await renderConsentPdf({ ...input, typedName: 'Zoe Muller' });
    expect(Buffer.from(other).equals(Buffer.from(first))).toBe(false);
  });

  it('carries its signing time, fixed producer and title as metadata', async () => {
    const doc = await PDFDocument.load(await renderConsentPdf(input), { updateMetadata: false });
    expect(doc.getTitle()).toBe('Consent to microneedling');
    expect(doc.getProducer()).toBe('Corium');
    expect(doc.getCreator()).toBe('Corium consent');
    expect(doc.getCreationDate()?.getTime()).toBe(Math.floor(signedAt.getTime() / 1000) * 1000);
    expect(doc.getModificationDate()?.getTime()).toBe(doc.getCreationDate()?.getTime());
  });

  it('prints who, what, the signature details in the clinic’s zone and the document hash', async () => {
    const [page] = await pageTexts(await renderConsentPdf(input));
    const text = Buffer.from(page!, 'latin1').toString('latin1');
    expect(text).toContain('Northside Skin');
    expect(text).toContain('Consent to microneedling');
    expect(text).toContain('Zo\u00eb M\u00fcller');
    expect(text).toContain('1 April 1990');
    expect(text).toContain('template version 3');
    expect(text).toContain('1 to 3 days');
    expect(text).toContain('Date: 26 November 2026');
    expect(text).toContain('26 November 2026, 14:03 (Europe/London)');
    expect(text).toContain('on a tablet handed over by Priya Shah');
    expect(text).toContain(`Document SHA-256: ${rendered.sha256}`);
  });

  it('wraps and paginates a long text, with the hash and page number on every page', async () => {
    const paragraph =
      'Microneedling makes many tiny punctures and the skin repairs itself over months. '.repeat(12);
    const long = renderConsentText({
      title: 'Consent to microneedling',
      body: Array.from(
        { length: 30 },
        (_, i) => `## Section ${i + 1}\n${paragraph}\n\n- A bullet ${i + 1}`,
      ).join('\n\n'),
      treatment: 'microneedling',
      patientName: 'Ann Lee',
      clinicName: 'Northside Skin',
      at: signedAt,
      timeZone: 'Europe/London',
    });
    const pages = await pageTexts(
      await renderConsentPdf({ ...input, renderedText: long.text, documentSha256: long.sha256 }),
    );
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, i) => {
      expect(page).toContain(`Document SHA-256: ${long.sha256}`);
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    expect(pages.join('\n')).toContain('Section 30');
    expect(pages.at(-1)).toContain('Typed name');
  });

  it('lists the photo uses chosen on a photography consent', async () => {
    const [page] = await pageTexts(
      await renderConsentPdf({
        ...input,
        treatment: 'photography',
        photoScopes: { clinical_record: true, education: true, marketing: false },
      }),
    );
    expect(page).toContain('Clinical record only: \nYes, allowed');
    expect(page).toContain('Marketing (website, social media, advertising): \nNo, not allowed');
  });

  it('prints characters the PDF fonts lack as their closest Latin form instead of failing', async () => {
    const pdf = await renderConsentPdf({ ...input, patient: { ...input.patient, name: 'Łukasz Żółć 李' } });
    const [page] = await pageTexts(pdf);
    expect(page).toContain('Lukasz Z\u00f3lc ?');
  });
});
