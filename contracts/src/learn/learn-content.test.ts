import { describe, expect, it } from 'vitest';
import { concernCodes } from '../patients';
import { forbiddenPhrases } from './forbidden-phrases';
import {
  aftercare,
  concernHeadings,
  concernPages,
  learnReferences,
  myths,
  treatmentOptions,
  whatIsMicroneedling,
  type Claim,
} from './index';

const optionClaims = treatmentOptions.flatMap((o) => [
  o.evidence,
  o.downtime,
  o.course,
  o.cost,
  o.risks,
  o.avoidWhen,
]);
const pageClaims = [whatIsMicroneedling, aftercare, ...Object.values(concernPages)].flatMap((page) =>
  page.sections.flatMap((section) => section.claims),
);
const allClaims: Claim[] = [
  ...pageClaims,
  ...Object.values(concernPages).map((page) => page.reason),
  ...myths.map((m) => m.fact),
  ...optionClaims,
];

describe('public learning content', () => {
  it('has one page per concern, with every section of the concern template', () => {
    expect(Object.keys(concernPages).sort()).toEqual([...concernCodes].sort());
    for (const page of Object.values(concernPages)) {
      expect(page.sections.map((s) => s.heading)).toEqual(Object.values(concernHeadings));
      for (const section of page.sections) expect(section.claims.length).toBeGreaterThan(0);
    }
  });

  it('gives every claim at least one reference, and every reference resolves', () => {
    expect(allClaims.length).toBeGreaterThan(100);
    for (const claim of allClaims) {
      expect(claim.refs.length, claim.text).toBeGreaterThan(0);
      for (const ref of claim.refs) expect(learnReferences, `${ref} in "${claim.text}"`).toHaveProperty(ref);
    }
  });

  it('links every reference to a web address or to the evidence page', () => {
    for (const ref of Object.values(learnReferences)) {
      expect(ref.url).toMatch(/^(https?:\/\/[^\s]+|\/learn\/evidence#grade-d)$/);
    }
  });

  it('never contains the article’s errors or the forbidden overclaims, myths included', () => {
    const texts = [
      ...allClaims.map((c) => c.text),
      ...myths.map((m) => m.myth),
      ...Object.values(concernPages).flatMap((p) => [p.title, p.description, p.name]),
      whatIsMicroneedling.description,
      aftercare.description,
    ];
    for (const text of texts) {
      for (const phrase of forbiddenPhrases) expect(text, String(phrase)).not.toMatch(phrase);
    }
  });

  it('catches the article’s own wording with the forbidden phrases', () => {
    const article = [
      'Microneedling is a cosmetic procedure that involves injecting collagen into your skin pores.',
      'This makes your skin look free of wrinkles.',
      'Natural ways to boost collagen have the same effects.',
      'Sleep on a clean silk pillowcase.',
      'Each session penetrates deeper.',
      'The pen is also known as the derma roller.',
    ];
    for (const sentence of article) {
      expect(
        forbiddenPhrases.some((phrase) => phrase.test(sentence)),
        sentence,
      ).toBe(true);
    }
  });

  it('grades every option for every concern, and says microneedling is not for sunspots', () => {
    for (const option of treatmentOptions)
      expect(Object.keys(option.grades).sort()).toEqual([...concernCodes].sort());
    const microneedling = treatmentOptions.find((o) => o.id === 'microneedling');
    expect(microneedling?.grades.sunspots).toBeNull();
    expect(concernPages.sunspots.verdict).toBe('not-recommended');
    expect(concernPages.acne_scars.grade).toBe('B');
  });

  it('corrects each of the article’s wrong claims on the myths page', () => {
    expect(myths.length).toBeGreaterThanOrEqual(20);
    expect(myths.map((m) => m.myth).join(' ')).toMatch(/derma roller/);
  });
});
