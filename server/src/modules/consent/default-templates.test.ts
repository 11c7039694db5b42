import { consentTreatments, parseConsentText, unknownPlaceholders } from '@corium/contracts';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { defaultTemplates } from './default-templates';
import { printable } from './pdf-layout';

/**
 * What a consent must never say: the seed article's errors as audited in §1 of the clinical
 * reference (row numbers in the comments), and promises no evidence supports.
 */
const forbidden: [RegExp, string][] = [
  [/collagen injection|inject\w* (\w+ )?collagen/i, 'row 6: nothing is injected'],
  [/wrinkle[- ]?free|free of wrinkles/i, 'row 18: wrinkles are not eliminated'],
  [/derma ?roller/i, 'row 19: a pen is not a roller'],
  [/restores? (your |the )?collagen|younger-looking/i, 'row 2: gradual, modest change'],
  [/penetrates? deeper|each session .* deeper/i, 'row 21: depth is chosen, not automatic'],
  [/no longer (found|visible)|eliminat/i, 'row 23: scars and lines are not eliminated'],
  [/baby skin|after (the )?first session/i, 'row 15: early change is swelling'],
  [/silk|spicy|oily food/i, 'rows 28, 35: aftercare myths'],
  [/removes? (extra )?sebum|dead cells/i, 'row 31: flaking is repair, not sebum removal'],
  [
    /cannot harm|guarantee(d|s)? (a |an )?(result|improvement)|100 ?%/i,
    'row 3: no promise of safety or result',
  ],
];

describe('Corium’s default consent templates', () => {
  it('cover every treatment once', () => {
    expect(defaultTemplates.map((t) => t.treatment).sort()).toEqual([...consentTreatments].sort());
  });

  for (const template of defaultTemplates)
    describe(template.treatment, () => {
      it('uses only known placeholders and names the patient, the treatment and the date', () => {
        expect(unknownPlaceholders(template.body)).toEqual([]);
        for (const name of ['patient_name', 'clinic_name', 'date'])
          expect(template.body).toContain(`{{${name}}}`);
        expect(template.title).not.toMatch(/\n/);
      });

      it('says nothing the clinical reference calls wrong or unsupported', () => {
        for (const [pattern, why] of forbidden) expect(template.body, why).not.toMatch(pattern);
      });

      it('says where its statements come from in the clinical reference', () => {
        expect(template.references.length).toBeGreaterThan(0);
        for (const reference of template.references) expect(reference).toMatch(/§\d/);
      });

      it('prints exactly, with no character the PDF fonts lack', async () => {
        const doc = await PDFDocument.create();
        const fonts = [
          await doc.embedFont(StandardFonts.Helvetica),
          await doc.embedFont(StandardFonts.HelveticaBold),
        ];
        for (const line of `${template.title}\n${template.body}`.split('\n'))
          for (const font of fonts) expect(printable(line, font)).toBe(line.replace(/\s/g, ' '));
      });
    });

  it('give the risk sections the reference asks for: normal effects, complications, what is not promised', () => {
    for (const template of defaultTemplates.filter((t) => t.treatment !== 'photography')) {
      const headings = parseConsentText(template.body)
        .filter((b) => b.kind === 'heading')
        .map((b) => b.runs.map((r) => r.text).join(''));
      expect(headings, template.treatment).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/normal afterwards/),
          expect.stringMatching(/complications/i),
          expect.stringMatching(/does not promise/),
        ]),
      );
      expect(template.body, template.treatment).toMatch(/withdraw this consent at any time/);
    }
  });

  it('tell the patient that nothing is injected and that results are modest and gradual', () => {
    const microneedling = defaultTemplates.find((t) => t.treatment === 'microneedling')!.body;
    expect(microneedling).toMatch(/nothing is injected/);
    expect(microneedling).toMatch(/3 to 6 months after the last session/);
    expect(microneedling).toMatch(/little or no improvement/);
    const rf = defaultTemplates.find((t) => t.treatment === 'rf_microneedling')!.body;
    expect(rf).toMatch(/pacemaker/);
    expect(rf).toMatch(/burns/i);
    const prp = defaultTemplates.find((t) => t.treatment === 'prp')!.body;
    expect(prp).toMatch(/used once/);
  });
});
