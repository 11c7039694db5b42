import { describe, expect, it } from 'vitest';
import { baselineOf, followUpOf, meetsRule, verdictOf, type ScoreFact } from './responders';

const score = (timepoint: ScoreFact['timepoint'], value: number, ratedOn: string): ScoreFact => ({
  seriesId: 's1',
  concern: 'acne_scars',
  scale: 'goodman_baron',
  timepoint,
  score: value,
  ratedOn,
});

const oneGrade = { kind: 'fall_by', amount: 1 } as const;
const half = { kind: 'fall_by_fraction', fraction: 0.5 } as const;
const improved = { kind: 'at_most', value: 3 } as const;

describe('the follow-up a course is judged on', () => {
  it('prefers month 6, then month 3, then the latest score after the baseline', () => {
    const all = [
      score('baseline', 3, '2026-01-10'),
      score('before_session', 3, '2026-02-10'),
      score('month_3', 2, '2026-05-10'),
      score('month_6', 2, '2026-08-10'),
      score('other', 1, '2026-09-10'),
    ];
    expect(followUpOf(all, '2026-01-10')?.timepoint).toBe('month_6');
    expect(
      followUpOf(
        all.filter((s) => s.timepoint !== 'month_6'),
        '2026-01-10',
      )?.timepoint,
    ).toBe('month_3');
    const inCourse = all.filter((s) => !s.timepoint.startsWith('month'));
    expect(followUpOf(inCourse, '2026-01-10')?.ratedOn).toBe('2026-09-10');
  });

  it('takes the latest of two 6-month ratings and ignores scores before the baseline', () => {
    const all = [score('month_6', 1, '2026-08-10'), score('month_6', 2, '2026-08-20')];
    expect(followUpOf(all, null)?.score).toBe(2);
    expect(followUpOf([score('other', 1, '2025-12-01')], '2026-01-10')).toBeUndefined();
  });

  it('starts from the first baseline', () => {
    expect(baselineOf([score('baseline', 2, '2026-02-01'), score('baseline', 4, '2026-01-01')])?.score).toBe(
      4,
    );
  });
});

describe('responder rules', () => {
  it('fall_by: one Goodman–Baron grade or more', () => {
    expect(meetsRule(oneGrade, 3, 2)).toBe(true);
    expect(meetsRule(oneGrade, 4, 2)).toBe(true);
    expect(meetsRule(oneGrade, 3, 3)).toBe(false);
    expect(meetsRule(oneGrade, 2.3, 1.3)).toBe(true);
  });

  it('fall_by_fraction: mMASI halved or better', () => {
    expect(meetsRule(half, 10, 5)).toBe(true);
    expect(meetsRule(half, 10, 5.1)).toBe(false);
    expect(meetsRule(half, 8.4, 4.2)).toBe(true);
  });

  it('at_most: GAIS improved or better, the rating itself', () => {
    expect(meetsRule(improved, null, 3)).toBe(true);
    expect(meetsRule(improved, null, 4)).toBe(false);
  });
});

describe('a course × concern × scale verdict', () => {
  it('is a responder or not when there is a baseline and a follow-up', () => {
    expect(verdictOf(oneGrade, [score('baseline', 3, '2026-01-01'), score('month_3', 2, '2026-04-01')])).toBe(
      'responder',
    );
    expect(verdictOf(oneGrade, [score('baseline', 3, '2026-01-01'), score('month_3', 3, '2026-04-01')])).toBe(
      'non_responder',
    );
  });

  it('judges on month 6 even when month 3 looked better', () => {
    const all = [
      score('baseline', 3, '2026-01-01'),
      score('month_3', 2, '2026-04-01'),
      score('month_6', 3, '2026-07-01'),
    ];
    expect(verdictOf(oneGrade, all)).toBe('non_responder');
  });

  it('excludes a course without a baseline or without a follow-up', () => {
    expect(verdictOf(oneGrade, [score('month_3', 1, '2026-04-01')])).toBe('no_baseline');
    expect(verdictOf(oneGrade, [score('baseline', 3, '2026-01-01')])).toBe('no_follow_up');
  });

  it('excludes a zero mMASI baseline: nothing can fall by half of it', () => {
    expect(verdictOf(half, [score('baseline', 0, '2026-01-01'), score('month_3', 0, '2026-04-01')])).toBe(
      'no_baseline',
    );
  });

  it('needs no baseline for GAIS, only a rating', () => {
    expect(verdictOf(improved, [score('month_3', 2, '2026-04-01')])).toBe('responder');
    expect(verdictOf(improved, [score('month_3', 2, '2026-04-01'), score('month_6', 4, '2026-07-01')])).toBe(
      'non_responder',
    );
    expect(verdictOf(improved, [])).toBe('no_follow_up');
  });
});
