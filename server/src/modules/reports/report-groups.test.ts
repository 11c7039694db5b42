import { describe, expect, it } from 'vitest';
import {
  depthBandOf,
  responderRows,
  sideEffectRows,
  type CourseFacts,
  type SessionFacts,
} from './report-groups';
import type { ScoreFact } from './responders';

const ana = { key: 'u-ana', label: 'Ana' };
const pen = { key: 'd-1', label: 'Pen (P1)' };

const course = (seriesId: string, over: Partial<CourseFacts> = {}): CourseFacts => ({
  seriesId,
  concerns: ['acne_scars'],
  modality: 'microneedling',
  deepestMm: 1.5,
  practitioner: ana,
  device: pen,
  ...over,
});

const gb = (
  seriesId: string,
  timepoint: ScoreFact['timepoint'],
  score: number,
  ratedOn: string,
): ScoreFact => ({
  seriesId,
  concern: 'acne_scars',
  scale: 'goodman_baron',
  timepoint,
  score,
  ratedOn,
});

const row = <T extends { dimension: string; key: string }>(rows: T[], dimension: string, key: string) =>
  rows.find((r) => r.dimension === dimension && r.key === key);

describe('depth bands', () => {
  it('puts a depth in the first band it does not exceed', () => {
    expect([0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.5].map((mm) => depthBandOf(mm).key)).toEqual([
      'up_to_0_5',
      'up_to_0_5',
      'over_0_5_to_1_0',
      'over_0_5_to_1_0',
      'over_1_0_to_1_5',
      'over_1_0_to_1_5',
      'over_1_5',
      'over_1_5',
    ]);
    expect(depthBandOf(null).key).toBe('not_charted');
  });
});

describe('responder rows', () => {
  const courses = [
    course('a'),
    course('b', { deepestMm: 2 }),
    course('c', { modality: 'rf-microneedling', practitioner: null, device: null }),
    course('d'),
  ];
  const scores = [
    ...[gb('a', 'baseline', 3, '2026-01-01'), gb('a', 'month_6', 2, '2026-07-01')],
    ...[gb('b', 'baseline', 3, '2026-01-01'), gb('b', 'month_3', 3, '2026-04-01')],
    gb('c', 'baseline', 4, '2026-01-01'),
    gb('d', 'month_3', 2, '2026-04-01'),
  ];
  const rows = responderRows(courses, scores);

  it('counts responders over the evaluable courses, and the excluded apart', () => {
    expect(row(rows, 'concern', 'acne_scars')).toMatchObject({
      scale: 'goodman_baron',
      evaluable: 2,
      responders: 1,
      rate: 0.5,
      excludedNoBaseline: 1,
      excludedNoFollowUp: 1,
    });
  });

  it('groups by protocol, depth band, practitioner and pen', () => {
    expect(row(rows, 'protocol', 'rf-microneedling')).toMatchObject({
      label: 'RF microneedling',
      evaluable: 0,
      rate: null,
    });
    expect(row(rows, 'depth_band', 'over_1_5')).toMatchObject({ evaluable: 1, responders: 0, rate: 0 });
    expect(row(rows, 'depth_band', 'over_1_0_to_1_5')).toMatchObject({ evaluable: 1, responders: 1 });
    expect(row(rows, 'practitioner', 'u-ana')).toMatchObject({ label: 'Ana', evaluable: 2 });
    expect(row(rows, 'device', 'none')).toMatchObject({ label: 'No pen recorded', excludedNoFollowUp: 1 });
  });

  it('counts a whole-face GAIS rating for every concern of the course, and skips scales without a rule', () => {
    const both = course('e', { concerns: ['acne_scars', 'texture'] });
    const gais: ScoreFact = { ...gb('e', 'month_3', 2, '2026-04-01'), concern: null, scale: 'gais_patient' };
    const satisfied: ScoreFact = { ...gais, scale: 'satisfaction', score: 9 };
    const out = responderRows([both], [gais, satisfied]);
    expect(out.filter((r) => r.dimension === 'concern').map((r) => [r.key, r.scale, r.responders])).toEqual([
      ['acne_scars', 'gais_patient', 1],
      ['texture', 'gais_patient', 1],
    ]);
  });

  it('ignores scores for a concern the course does not treat', () => {
    expect(
      responderRows([course('f')], [{ ...gb('f', 'baseline', 3, '2026-01-01'), concern: 'melasma' }]),
    ).toEqual([]);
  });
});

describe('side-effect rows', () => {
  const session = (over: Partial<SessionFacts>): SessionFacts => ({
    sessionId: 's',
    concerns: ['acne_scars'],
    modality: 'microneedling',
    deepestMm: 1,
    practitioner: ana,
    device: pen,
    flagged: false,
    adverseEvents: 0,
    ...over,
  });

  it('gives the share of sessions with a flagged check-in and adverse events per 100 sessions', () => {
    const rows = sideEffectRows([
      session({ flagged: true, adverseEvents: 1 }),
      session({}),
      session({}),
      session({ concerns: [], adverseEvents: 2 }),
    ]);
    expect(row(rows, 'practitioner', 'u-ana')).toMatchObject({
      sessions: 4,
      sessionsWithFlaggedCheckIn: 1,
      flaggedRate: 0.25,
      adverseEvents: 3,
      adverseEventsPer100: 75,
    });
    expect(row(rows, 'concern', 'acne_scars')).toMatchObject({ sessions: 3, adverseEventsPer100: 100 / 3 });
    expect(row(rows, 'concern', 'no_course')).toMatchObject({ sessions: 1, adverseEvents: 2 });
  });
});
