import type { SeriesSchedule } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { emptyMmasi, pointOptions, recordBody, scaleOptions } from './record-form';

const schedule: SeriesSchedule = {
  seriesId: 's1',
  concerns: ['acne_scars'],
  status: 'completed',
  sessionsPlanned: 2,
  sessionsSigned: 2,
  items: [
    {
      timepoint: 'baseline',
      sessionNumber: null,
      sessionId: null,
      dueOn: '2026-01-05',
      state: 'done',
      patientDone: false,
    },
    {
      timepoint: 'before_session',
      sessionNumber: 2,
      sessionId: 'x2',
      dueOn: '2026-02-02',
      state: 'overdue',
      patientDone: false,
    },
    {
      timepoint: 'month_3',
      sessionNumber: null,
      sessionId: null,
      dueOn: '2026-05-02',
      state: 'due',
      patientDone: false,
    },
    {
      timepoint: 'month_6',
      sessionNumber: null,
      sessionId: null,
      dueOn: null,
      state: 'not_yet',
      patientDone: false,
    },
  ],
};

describe('pointOptions', () => {
  it('puts overdue and due points first, leaves out undated ones, ends with points outside a course', () => {
    const options = pointOptions([schedule]);
    expect(options.map((o) => `${o.seriesId}:${o.timepoint}`)).toEqual([
      's1:before_session',
      's1:month_3',
      's1:baseline',
      'null:baseline',
      'null:other',
    ]);
    expect(options[0]).toMatchObject({ sessionId: 'x2' });
    expect(options[0]!.label).toContain('Before session 2');
  });
});

describe('scaleOptions', () => {
  it('offers the concern’s scales allowed at the point, and GAIS for the whole face after baseline', () => {
    expect(scaleOptions('acne_scars', 'baseline')).toEqual(['goodman_baron']);
    expect(scaleOptions('wrinkles', 'baseline')).toEqual(['glogau', 'lemperle']);
    expect(scaleOptions('wrinkles', 'month_3')).toEqual(['lemperle']);
    expect(scaleOptions('melasma', 'month_6')).toEqual(['mmasi']);
    expect(scaleOptions(null, 'baseline')).toEqual([]);
    expect(scaleOptions(null, 'month_3')).toEqual(['gais_clinician']);
  });
});

describe('recordBody', () => {
  it('sends the point’s course and session, and mMASI as inputs', () => {
    const options = pointOptions([schedule]);
    const body = recordBody(
      {
        point: options[0]!.value,
        concern: 'melasma',
        scale: 'mmasi',
        ratedOn: '2026-02-02',
        score: null,
        mmasi: emptyMmasi(),
        photoIds: ['p'],
        note: ' ',
      },
      options,
    );
    expect(body).toMatchObject({
      seriesId: 's1',
      sessionId: 'x2',
      timepoint: 'before_session',
      photoIds: ['p'],
      note: null,
    });
    expect(body.mmasi).toBeDefined();
    expect('score' in body).toBe(false);
  });
});
