import { mmasiTotal, outcomeScales, appearanceCheckTotal, type OutcomeScaleId } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { checkScore, type ScoreEntry } from './score-check';

const concernOf: Record<OutcomeScaleId, string | null> = {
  goodman_baron: 'acne_scars',
  mmasi: 'melasma',
  glogau: 'wrinkles',
  lemperle: 'wrinkles',
  gais_clinician: null,
  gais_patient: null,
  satisfaction: null,
  appearance_check: null,
};
const entered: OutcomeScaleId[] = [
  'goodman_baron',
  'glogau',
  'lemperle',
  'gais_clinician',
  'gais_patient',
  'satisfaction',
];

const entry = (scale: OutcomeScaleId, score: number): ScoreEntry => ({
  scale,
  concern: concernOf[scale],
  timepoint: outcomeScales[scale].timepoints[0]!,
  score,
});
const issuesOf = (e: ScoreEntry, rater = outcomeScales[e.scale].rater) => {
  const result = checkScore(e, rater);
  return result.ok ? [] : result.issues.map((i) => i.path);
};

describe('checkScore: every entered scale at its edges', () => {
  for (const scale of entered) {
    const { min, max, rater } = outcomeScales[scale];
    it(`${scale}: ${min} and ${max} pass, ${min - 1}, ${max + 1} and ${min + 0.5} fail`, () => {
      expect(checkScore(entry(scale, min), rater)).toMatchObject({ ok: true, score: min });
      expect(checkScore(entry(scale, max), rater)).toMatchObject({ ok: true, score: max });
      expect(issuesOf(entry(scale, min - 1))).toEqual(['score']);
      expect(issuesOf(entry(scale, max + 1))).toEqual(['score']);
      expect(issuesOf(entry(scale, min + 0.5))).toEqual(['score']);
    });
    it(`${scale}: refused from the other rater`, () => {
      expect(issuesOf(entry(scale, min), rater === 'clinician' ? 'patient' : 'clinician')).toEqual(['scale']);
    });
  }

  it('refuses a concern the scale does not measure, or none where one is needed', () => {
    expect(issuesOf({ ...entry('goodman_baron', 2), concern: 'melasma' })).toEqual(['concern']);
    expect(issuesOf({ ...entry('goodman_baron', 2), concern: null })).toEqual(['concern']);
    expect(issuesOf({ ...entry('gais_clinician', 2), concern: 'acne_scars' })).toEqual(['concern']);
  });

  it('records Glogau at baseline only, and GAIS never at baseline', () => {
    expect(issuesOf({ ...entry('glogau', 2), timepoint: 'month_3' })).toEqual(['timepoint']);
    expect(issuesOf({ ...entry('gais_clinician', 2), timepoint: 'baseline' })).toEqual(['timepoint']);
    expect(issuesOf({ ...entry('goodman_baron', 3), timepoint: 'month_6' })).toEqual([]);
  });

  it('asks for a score when none is given', () => {
    expect(issuesOf({ scale: 'lemperle', concern: 'wrinkles', timepoint: 'baseline' })).toEqual(['score']);
  });
});

describe('mMASI', () => {
  const regions = {
    forehead: { area: 2, darkness: 2 },
    right_malar: { area: 3, darkness: 3 },
    left_malar: { area: 3, darkness: 2 },
    chin: { area: 1, darkness: 1 },
  };
  it('computes the worked example: 1.2 + 2.7 + 1.8 + 0.1 = 5.8', () => {
    expect(mmasiTotal(regions)).toBe(5.8);
    const result = checkScore(
      { scale: 'mmasi', concern: 'melasma', timepoint: 'baseline', mmasi: regions },
      'clinician',
    );
    expect(result).toMatchObject({ ok: true, score: 5.8, inputs: { regions } });
  });
  it('reaches 24 with every region at 6 × 4, and 0 when clear', () => {
    const all = (area: number, darkness: number) =>
      Object.fromEntries(Object.keys(regions).map((k) => [k, { area, darkness }])) as typeof regions;
    expect(mmasiTotal(all(6, 4))).toBe(24);
    expect(mmasiTotal(all(0, 4))).toBe(0);
  });
  it('refuses a typed total or missing inputs', () => {
    expect(issuesOf({ scale: 'mmasi', concern: 'melasma', timepoint: 'baseline', score: 5 })).toEqual([
      'mmasi',
      'score',
    ]);
  });
});

describe('appearance check', () => {
  it('scores answers 1–4 on 0–100: all 1 → 0, all 4 → 100, 2,3,3,4 → 67', () => {
    expect(appearanceCheckTotal([1, 1, 1, 1])).toBe(0);
    expect(appearanceCheckTotal([4, 4, 4, 4])).toBe(100);
    expect(appearanceCheckTotal([2, 3, 3, 4])).toBe(67);
    const result = checkScore(
      { scale: 'appearance_check', concern: null, timepoint: 'month_6', answers: [2, 3, 3, 4] },
      'patient',
    );
    expect(result).toMatchObject({ ok: true, score: 67 });
  });
});
