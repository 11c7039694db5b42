import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aftercare, concernPages, myths, treatmentOptions, whatIsMicroneedling } from './index';
import { readabilityOf, sentencesOf, syllablesOf, type Readability } from './readability';

/**
 * Each public page's patient-facing text: its claims (and a concern's one-line reason; the
 * myths as the page states them). References, grade letters, scale names and headings are not
 * prose and are left out.
 */
const pages: Record<string, readonly string[]> = {
  '/learn/what-is-microneedling': whatIsMicroneedling.sections.flatMap((s) => s.claims.map((c) => c.text)),
  '/learn/aftercare': aftercare.sections.flatMap((s) => s.claims.map((c) => c.text)),
  '/learn/myths': myths.flatMap((m) => [m.myth, m.fact.text]),
  '/learn/options': treatmentOptions.flatMap((o) =>
    [o.evidence, o.downtime, o.course, o.cost, o.risks, o.avoidWhen].map((c) => c.text),
  ),
  ...Object.fromEntries(
    Object.values(concernPages).map((page) => [
      `/learn/concerns/${page.slug}`,
      [page.reason.text, ...page.sections.flatMap((s) => s.claims.map((c) => c.text))],
    ]),
  ),
};

/**
 * A 12-year-old reads at about grade 7. The pages stay at grade 9 or below on average:
 * they must name what a patient will meet in a consultation or a leaflet (microneedling,
 * hyperpigmentation, isotretinoin, radiofrequency — six or seven syllables each), and each of
 * those words alone lifts a short sentence by one to two grades. Short sentences and everyday
 * words carry the rest.
 */
const ceiling = 9;

describe('reading level of the public pages', () => {
  it('counts syllables and sentences as a reader would', () => {
    const counts = {
      skin: 1,
      needle: 2,
      needles: 2,
      made: 1,
      painted: 2,
      redness: 2,
      sunscreen: 2,
      collagen: 3,
      bacteria: 4,
      gradual: 3,
      injection: 3,
      special: 2,
      every: 3,
      microneedling: 4,
      the: 1,
      doctor: 2,
      melasma: 3,
      radiofrequency: 6,
      takes: 1,
      'single-use': 3,
    };
    for (const [word, syllables] of Object.entries(counts)) expect(syllablesOf(word), word).toBe(syllables);
    expect(sentencesOf('Wait 6 weeks, e.g. after a peel. Then come back! Is it 0.5 mm?')).toHaveLength(3);
  });

  it('scores plain and hard text as the formula does', () => {
    expect(readabilityOf(['The cat sat on the mat.']).grade).toBeLessThan(0);
    const hard = readabilityOf([
      'Percutaneous collagen induction therapy demonstrates statistically significant improvement in atrophic acne scarring.',
    ]);
    expect(hard.grade).toBeGreaterThan(15);
  });

  it(`keeps every page at grade ${ceiling} or below, and writes the figures down`, async () => {
    const figures: Record<string, Readability> = {};
    for (const [page, texts] of Object.entries(pages)) figures[page] = readabilityOf(texts);
    const out = path.resolve(import.meta.dirname, '../../../test-results/learn-readability.json');
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, JSON.stringify({ ceiling, pages: figures }, null, 2));
    for (const [page, figure] of Object.entries(figures)) {
      expect(figure.words, page).toBeGreaterThan(50);
      expect(figure.grade, page).toBeLessThanOrEqual(ceiling);
    }
  });
});
