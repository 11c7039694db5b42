import {
  checkInEffects,
  redFlagQuestionIds,
  type CheckInAnswers,
  type CheckInEffect,
} from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import type { TreatmentFacts } from '../plan/build-plan';
import { expectedCourse } from './expected-course';
import { redFlagsAsked, triageCheckIn } from './triage';

const standard: TreatmentFacts = {
  modality: 'microneedling',
  zones: ['cheeks'],
  deepestMm: 1,
  prp: false,
  fitzpatrickType: 2,
  treatmentDate: '2026-12-01',
};
const deep: TreatmentFacts = { ...standard, deepestMm: 2.5 };
const rf: TreatmentFacts = { ...standard, modality: 'rf-microneedling' };
const prp: TreatmentFacts = { ...standard, prp: true };

const calm = (
  effects: Partial<Record<CheckInEffect, number>> = {},
  redFlags: CheckInAnswers['redFlags'] = {},
): CheckInAnswers => ({
  effects: { redness: 0, swelling: 0, pain: 0, itching: 0, flaking: 0, bruising: 0, ...effects },
  redFlags,
});

const triage = (answers: CheckInAnswers, day: number, facts = standard) =>
  triageCheckIn(answers, day, facts, expectedCourse);

/**
 * The highest normal score per effect on each default check-in day (standard settings, then
 * deep/RF/PRP), written out from clinical-reference §5.1 as the specification of the data.
 */
const DAYS = [1, 2, 3, 5, 7, 14] as const;
const NORMAL: Record<CheckInEffect, { standard: number[]; extended: number[] }> = {
  redness: { standard: [2, 2, 1, 1, 1, 0], extended: [3, 3, 2, 2, 1, 0] },
  swelling: { standard: [2, 1, 1, 0, 0, 0], extended: [2, 2, 1, 1, 0, 0] },
  pain: { standard: [1, 1, 1, 0, 0, 0], extended: [2, 1, 1, 1, 0, 0] },
  itching: { standard: [1, 1, 1, 1, 1, 0], extended: [1, 1, 1, 1, 1, 0] },
  flaking: { standard: [1, 1, 2, 2, 1, 0], extended: [1, 1, 2, 2, 2, 0] },
  bruising: { standard: [2, 2, 2, 1, 1, 0], extended: [2, 2, 2, 2, 1, 0] },
};
/** Above normal is a review, except severe pain from day 3 and moderate pain from day 7 (tier 2). */
const URGENT_PAIN_FROM: Record<number, number> = { 3: 3, 5: 3, 7: 2, 14: 2 };

describe('triage of each effect on each check-in day', () => {
  for (const effect of checkInEffects)
    for (const [i, day] of DAYS.entries())
      for (const [course, facts] of [
        ['standard', standard],
        ['extended', deep],
      ] as const) {
        const normal = NORMAL[effect][course][i]!;
        it(`${effect} on day ${day} (${course}): up to ${normal} is expected, more is not`, () => {
          expect(triage(calm({ [effect]: normal }), day, facts).level).toBe('expected');
          if (normal === 3) return;
          const above = triage(calm({ [effect]: normal + 1 }), day, facts);
          const urgent =
            effect === 'pain' && URGENT_PAIN_FROM[day] !== undefined && normal + 1 >= URGENT_PAIN_FROM[day]!;
          expect(above.level).toBe(urgent ? 'urgent' : 'review');
          expect(above.reasons.map((r) => r.code)).toEqual([`effect.${effect}`]);
        });
      }

  it('redness 2 is normal on day 1 and asks for a review on day 7', () => {
    expect(triage(calm({ redness: 2 }), 1).level).toBe('expected');
    const day7 = triage(calm({ redness: 2 }), 7);
    expect(day7.level).toBe('review');
    expect(day7.reasons[0]!.staffText).toContain('day 7');
  });

  it('RF and PRP heal on the extended course like deep needling', () => {
    for (const facts of [rf, prp, deep])
      expect(triage(calm({ redness: 2 }), 5, facts).level).toBe('expected');
    expect(triage(calm({ redness: 2 }), 5, standard).level).toBe('review');
  });

  it('a day between check-in days uses the course of the last day before it', () => {
    expect(triage(calm({ flaking: 2 }), 4).level).toBe('expected');
    expect(triage(calm({ swelling: 1 }), 4).level).toBe('expected');
    expect(triage(calm({ swelling: 1 }), 6).level).toBe('review');
  });
});

describe('red flags', () => {
  const tiers = {
    breathing_or_lip_swelling: 'emergency',
    pus_or_crusts: 'urgent',
    fever: 'urgent',
    spreading_redness: 'urgent',
    pain_increasing: 'urgent',
    grouped_blisters: 'urgent',
    eye_symptoms: 'urgent',
    feeling_very_unwell: 'urgent',
    burn_marks: 'urgent',
    new_bumps: 'review',
    darkening_patches: 'review',
  } as const;

  for (const id of redFlagQuestionIds)
    it(`${id} alone is ${tiers[id]}, on every day it is answered`, () => {
      for (const day of DAYS) {
        const result = triage(calm({}, { [id]: true }), day, rf);
        expect(result.level).toBe(tiers[id]);
        expect(result.reasons.map((r) => r.code)).toEqual([`red_flag.${id}`]);
      }
    });

  it('a "no" to every question changes nothing', () => {
    const noes = Object.fromEntries(redFlagQuestionIds.map((id) => [id, false]));
    expect(triage(calm({}, noes), 3).level).toBe('expected');
  });

  it('asks pain-increasing only after day 2, new bumps from a week, burn marks only after RF', () => {
    const asked = (day: number, facts: TreatmentFacts) =>
      redFlagsAsked(day, facts, expectedCourse).map((r) => r.id);
    expect(asked(2, standard)).not.toContain('pain_increasing');
    expect(asked(3, standard)).toContain('pain_increasing');
    expect(asked(5, standard)).not.toContain('new_bumps');
    expect(asked(7, standard)).toContain('new_bumps');
    expect(asked(1, standard)).not.toContain('burn_marks');
    expect(asked(1, rf)).toContain('burn_marks');
    expect(asked(1, standard)).toContain('breathing_or_lip_swelling');
  });
});

describe('combinations', () => {
  it('spreading redness with fever and shivering is an emergency (tier 1)', () => {
    const result = triage(calm({}, { spreading_redness: true, fever: true, feeling_very_unwell: true }), 3);
    expect(result.level).toBe('emergency');
    expect(result.reasons[0]!.code).toBe('combination.systemic_infection');
    expect(result.reasons.map((r) => r.code)).toContain('red_flag.fever');
  });

  it('two of the three stay urgent', () => {
    expect(triage(calm({}, { spreading_redness: true, fever: true }), 3).level).toBe('urgent');
  });

  it('eye symptoms with moderate swelling are an emergency; with mild swelling urgent', () => {
    expect(triage(calm({ swelling: 2 }, { eye_symptoms: true }), 1).level).toBe('emergency');
    expect(triage(calm({ swelling: 1 }, { eye_symptoms: true }), 1).level).toBe('urgent');
  });

  it('the most urgent finding decides, and every finding is listed, most urgent first', () => {
    const result = triage(calm({ redness: 3 }, { pus_or_crusts: true, darkening_patches: true }), 7);
    expect(result.level).toBe('urgent');
    expect(result.reasons.map((r) => r.level)).toEqual(['urgent', 'review', 'review']);
    expect(result.courseVersion).toBe(expectedCourse.version);
  });

  it('pus on day 3 is urgent even when every score is normal', () => {
    expect(triage(calm({ redness: 1, flaking: 2 }, { pus_or_crusts: true }), 3).level).toBe('urgent');
  });
});
