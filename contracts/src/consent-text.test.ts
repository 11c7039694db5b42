import { describe, expect, it } from 'vitest';
import { drawnSignature, publishTemplateRequest, signConsentRequest } from './consent';
import {
  canonicalConsentText,
  fillPlaceholders,
  parseConsentText,
  parseRuns,
  unknownPlaceholders,
} from './consent-text';

describe('consent markup', () => {
  it('reads headings, paragraphs with bold runs, and bullet lists', () => {
    const blocks = parseConsentText(
      [
        '# Consent',
        'I understand that **nothing is injected**',
        'and that results vary.',
        '',
        '## What is normal',
        '- Redness for **1 to 3 days**',
        '* Flaking',
        'After the list.',
      ].join('\n'),
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, runs: [{ text: 'Consent', bold: false }] },
      {
        kind: 'paragraph',
        runs: [
          { text: 'I understand that ', bold: false },
          { text: 'nothing is injected', bold: true },
          { text: ' and that results vary.', bold: false },
        ],
      },
      { kind: 'heading', level: 2, runs: [{ text: 'What is normal', bold: false }] },
      {
        kind: 'bullets',
        items: [
          [
            { text: 'Redness for ', bold: false },
            { text: '1 to 3 days', bold: true },
          ],
          [{ text: 'Flaking', bold: false }],
        ],
      },
      { kind: 'paragraph', runs: [{ text: 'After the list.', bold: false }] },
    ]);
  });

  it('keeps an unmatched ** as literal text and interprets nothing else (no HTML)', () => {
    expect(parseRuns('a **b')).toEqual([
      { text: 'a ', bold: false },
      { text: '**b', bold: false },
    ]);
    expect(parseConsentText('<script>alert(1)</script> ###not a heading')).toEqual([
      { kind: 'paragraph', runs: [{ text: '<script>alert(1)</script> ###not a heading', bold: false }] },
    ]);
  });

  it('fills the known placeholders, tolerating spaces inside the braces, and leaves others alone', () => {
    const values = {
      patient_name: 'Zoë Müller',
      treatment: 'Microneedling',
      clinic_name: 'Skin Co',
      date: '1 May 2026',
    };
    expect(
      fillPlaceholders('I, {{ patient_name }}, ask {{clinic_name}}\r\nfor {{treatment}} {{other}}', values),
    ).toBe('I, Zoë Müller, ask Skin Co\nfor Microneedling {{other}}');
    expect(
      unknownPlaceholders(
        '{{patient_name}} {{favourite_needle}} {{Date}} {{ first name }} {{favourite_needle}}',
      ),
    ).toEqual(['favourite_needle', 'Date', 'first name']);
  });

  it('gives the same canonical text whatever the trailing spaces and blank-line runs', () => {
    const a = canonicalConsentText(' Consent ', 'One.  \n\n\n\nTwo.\n\n');
    const b = canonicalConsentText('Consent', '\nOne.\n\nTwo.');
    expect(a).toBe('Consent\n\nOne.\n\nTwo.\n');
    expect(b).toBe(a);
    expect(canonicalConsentText('Consent', 'One.\nTwo.')).not.toBe(a);
  });
});

describe('consent requests', () => {
  const strokes = [
    [
      [10, 10],
      [60, 40],
      [120, 20],
    ],
  ] as [number, number][][];

  it('refuses an empty signature or a dot, and accepts a drawn one', () => {
    expect(drawnSignature.safeParse({ width: 400, height: 150, strokes: [] }).success).toBe(false);
    expect(drawnSignature.safeParse({ width: 400, height: 150, strokes: [[[5, 5]]] }).success).toBe(false);
    expect(drawnSignature.safeParse({ width: 400, height: 150, strokes }).success).toBe(true);
  });

  it('refuses a blank typed name and unknown fields', () => {
    const base = {
      templateVersionId: '0192f1e2-7c3a-7b4d-8e5f-0a1b2c3d4e5f',
      signature: { width: 400, height: 150, strokes },
    };
    expect(signConsentRequest.safeParse({ ...base, typedName: '  ' }).success).toBe(false);
    expect(signConsentRequest.safeParse({ ...base, typedName: 'Ann Lee', patientId: 'x' }).success).toBe(
      false,
    );
    expect(signConsentRequest.safeParse({ ...base, typedName: 'Ann Lee' }).success).toBe(true);
  });

  it('refuses a template naming an unknown placeholder or a title on two lines', () => {
    const base = {
      basedOnVersion: 1,
      title: 'Consent',
      body: 'I, {{patient_name}}',
      material: false,
      changeNote: 'Typo',
    };
    expect(publishTemplateRequest.safeParse(base).success).toBe(true);
    const unknown = publishTemplateRequest.safeParse({ ...base, body: 'Dear {{first_name}}' });
    expect(unknown.error?.issues[0]).toMatchObject({
      path: ['body'],
      message: 'Unknown placeholders: {{first_name}}',
    });
    expect(publishTemplateRequest.safeParse({ ...base, title: 'Consent\nto microneedling' }).success).toBe(
      false,
    );
  });
});
