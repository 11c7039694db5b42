import { describe, expect, it } from 'vitest';
import { courseDefaults } from './series-defaults';
import { planCourse } from './treatment-series.service';

describe('a course by indication (clinical-reference.md §2.7)', () => {
  it.each([
    [
      ['acne_scars'],
      'microneedling',
      { sessions: 4, intervalDays: 28, minIntervalDays: 14, maxIntervalDays: 42 },
    ],
    [
      ['fine_lines'],
      'microneedling',
      { sessions: 4, intervalDays: 28, minIntervalDays: 21, maxIntervalDays: 35 },
    ],
    [
      ['stretch_marks'],
      'microneedling',
      { sessions: 4, intervalDays: 28, minIntervalDays: 14, maxIntervalDays: 42 },
    ],
    [
      ['melasma'],
      'microneedling',
      { sessions: 4, intervalDays: 28, minIntervalDays: 14, maxIntervalDays: 28 },
    ],
    [
      ['acne_scars'],
      'rf-microneedling',
      { sessions: 3, intervalDays: 28, minIntervalDays: 28, maxIntervalDays: 42 },
    ],
    [
      ['melasma', 'texture'],
      'microneedling',
      { sessions: 4, intervalDays: 28, minIntervalDays: 21, maxIntervalDays: 35 },
    ],
  ] as const)('%s with %s', (concerns, modality, expected) => {
    expect(courseDefaults(concerns, modality)).toEqual(expected);
  });

  it('keeps what the clinician gives and fits the rest around it', () => {
    const plan = {
      concerns: ['acne_scars' as const],
      modality: 'microneedling' as const,
      plannedDepthMm: { cheeks: 1.5 },
    };
    expect(planCourse({ ...plan, sessions: 6, minIntervalDays: 35 })).toEqual({
      sessions: 6,
      intervalDays: 35,
      minIntervalDays: 35,
      maxIntervalDays: 42,
    });
    expect(() => planCourse({ ...plan, minIntervalDays: 30, maxIntervalDays: 20 })).toThrow(/do not fit/);
    expect(() => planCourse({ ...plan, intervalDays: 60 })).toThrow(/do not fit/);
  });
});
