import type { Modality, OtherTreatmentKind, ZoneId } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { otherTreatmentFindings } from './other-treatment-spacing';
import { addDays } from './wall-clock';

const NEEDLING_DAY = '2027-01-20';
const cheeks: ZoneId[] = ['cheeks', 'chin'];

/** `offset` days from the needling: negative before it, positive after. */
const findings = (
  kind: OtherTreatmentKind,
  offset: number,
  modality: Modality = 'microneedling',
  zones: ZoneId[] = ['cheeks'],
) =>
  otherTreatmentFindings({ date: NEEDLING_DAY, modality, zones: cheeks }, [
    { id: 'r1', kind, date: addDays(NEEDLING_DAY, offset), zones },
  ]);

describe('toxin, filler, peel and laser around a needling session (C12/C13)', () => {
  it.each([
    // kind, days from needling, modality, expected level (null: allowed), minimum days
    ['botulinum_toxin', -14, 'microneedling', null, 14],
    ['botulinum_toxin', -13, 'microneedling', 'refuse', 14],
    ['botulinum_toxin', -13, 'rf-microneedling', 'refuse', 14],
    ['botulinum_toxin', 7, 'microneedling', null, 7],
    ['botulinum_toxin', 6, 'microneedling', 'refuse', 7],
    ['botulinum_toxin', 7, 'rf-microneedling', 'refuse', 14],
    ['botulinum_toxin', 14, 'rf-microneedling', null, 14],
    ['botulinum_toxin', 0, 'microneedling', 'refuse', 14],
    ['dermal_filler', -14, 'microneedling', null, 14],
    ['dermal_filler', -20, 'rf-microneedling', 'refuse', 28],
    ['dermal_filler', -28, 'rf-microneedling', null, 28],
    ['dermal_filler', 13, 'microneedling', 'refuse', 14],
    ['chemical_peel', -10, 'microneedling', 'warn', 14],
    ['laser', 13, 'rf-microneedling', 'warn', 14],
    ['laser', -14, 'microneedling', null, 14],
    ['other', 0, 'microneedling', null, 0],
  ] as const)('%s %i days from %s needling: %s', (kind, offset, modality, level, minimumDays) => {
    const found = findings(kind, offset, modality);
    if (level === null) expect(found).toEqual([]);
    else
      expect(found).toEqual([
        expect.objectContaining({
          level,
          minimumDays,
          days: offset === 0 ? 0 : -offset,
          otherTreatmentId: 'r1',
        }),
      ]);
  });

  it('only counts treatments in a region the needling touches', () => {
    expect(findings('botulinum_toxin', -3, 'microneedling', ['forehead', 'periorbital'])).toEqual([]);
    expect(findings('botulinum_toxin', -3, 'microneedling', ['forehead', 'chin'])).toEqual([
      expect.objectContaining({ zones: ['chin'], ruleId: 'C12' }),
    ]);
  });

  it('tells how a same-day toxin is done when a prescriber allows it: needling first', () => {
    const [sameDay] = findings('botulinum_toxin', 0);
    expect(sameDay!.message).toBe('The botulinum toxin is on the same day as the needling');
    expect(sameDay!.sameDayAdvice).toMatch(/^Toxin on the same day: needle first/);
    expect(findings('dermal_filler', 0)[0]!.sameDayAdvice).toBeUndefined();
  });

  it('says which way round and how far apart, in days', () => {
    expect(findings('dermal_filler', -5)[0]!.message).toBe(
      'The dermal filler is 5 days before the needling in the same region; at least 14 are advised',
    );
    expect(findings('botulinum_toxin', 1)[0]!.message).toBe(
      'The botulinum toxin is 1 day after the needling in the same region; at least 7 are advised',
    );
  });
});
