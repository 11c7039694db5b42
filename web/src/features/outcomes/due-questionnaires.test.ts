import type { SeriesSchedule } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { dueQuestionnaires } from './due-questionnaires';

const series = (patientDone = false, status: SeriesSchedule['status'] = 'completed'): SeriesSchedule => ({
  seriesId: 's',
  concerns: ['acne_scars'],
  status,
  sessionsPlanned: 3,
  sessionsSigned: 3,
  items: [
    {
      timepoint: 'baseline',
      sessionNumber: null,
      sessionId: null,
      dueOn: '2026-01-05',
      state: 'done',
      patientDone: true,
    },
    {
      timepoint: 'month_3',
      sessionNumber: null,
      sessionId: null,
      dueOn: '2026-06-02',
      state: 'due',
      patientDone,
    },
    {
      timepoint: 'month_6',
      sessionNumber: null,
      sessionId: null,
      dueOn: '2026-09-02',
      state: 'upcoming',
      patientDone: false,
    },
  ],
});

describe('dueQuestionnaires', () => {
  it('opens month 3 from its date for four weeks, with GAIS, satisfaction and the appearance check', () => {
    expect(dueQuestionnaires([series()], '2026-06-01')).toEqual([]);
    expect(dueQuestionnaires([series()], '2026-06-02')).toEqual([
      {
        seriesId: 's',
        timepoint: 'month_3',
        dueOn: '2026-06-02',
        scales: ['gais_patient', 'satisfaction', 'appearance_check'],
      },
    ]);
    expect(dueQuestionnaires([series()], '2026-06-30')).toHaveLength(1);
    expect(dueQuestionnaires([series()], '2026-07-01')).toEqual([]);
  });
  it('asks nothing once answered, or for a stopped course', () => {
    expect(dueQuestionnaires([series(true)], '2026-06-10')).toEqual([]);
    expect(dueQuestionnaires([series(false, 'stopped')], '2026-06-10')).toEqual([]);
  });
});
