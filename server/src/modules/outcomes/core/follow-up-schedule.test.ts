import { describe, expect, it } from 'vitest';
import { addMonths } from './calendar-days';
import {
  seriesSchedule,
  type ScheduleScore,
  type ScheduleSeries,
  type ScheduleSession,
} from './follow-up-schedule';

const series: ScheduleSeries = {
  id: 'series',
  concerns: ['acne_scars'],
  status: 'active',
  sessionsPlanned: 3,
  createdOn: '2026-01-02',
};
const session = (n: number, day: string, signed = true): ScheduleSession => ({
  id: `s${n}`,
  sessionNumber: n,
  day,
  signed,
});
const three = [session(1, '2026-01-05'), session(2, '2026-02-02'), session(3, '2026-03-02')];
const clinician = (
  timepoint: ScheduleScore['timepoint'],
  sessionId: string | null = null,
): ScheduleScore => ({
  seriesId: 'series',
  sessionId,
  timepoint,
  rater: 'clinician',
});

const states = (s: ReturnType<typeof seriesSchedule>) =>
  s.items.map((i) => `${i.timepoint}${i.sessionNumber ?? ''}:${i.dueOn ?? '-'}:${i.state}`);

describe('seriesSchedule', () => {
  it('a course of three: baseline, before sessions 2 and 3, months 3 and 6 after the last', () => {
    const scores = [clinician('baseline'), clinician('before_session', 's2')];
    expect(states(seriesSchedule(series, three, scores, '2026-06-10'))).toEqual([
      'baseline:2026-01-05:done',
      'before_session2:2026-02-02:done',
      'before_session3:2026-03-02:overdue',
      'month_3:2026-06-02:due',
      'month_6:2026-09-02:upcoming',
    ]);
  });

  it('dates no follow-up before the last planned session is signed', () => {
    const started = [session(1, '2026-01-05'), session(2, '2026-02-02', false)];
    expect(states(seriesSchedule(series, started, [], '2026-02-03'))).toEqual([
      'baseline:2026-01-05:overdue',
      'before_session2:2026-02-02:due',
      'before_session3:-:not_yet',
      'month_3:-:not_yet',
      'month_6:-:not_yet',
    ]);
  });

  it('a course marked completed early follows up from its last signed session', () => {
    const done = seriesSchedule({ ...series, status: 'completed' }, three.slice(0, 2), [], '2026-05-01');
    expect(done.items.at(-2)).toMatchObject({ timepoint: 'month_3', dueOn: '2026-05-02', state: 'upcoming' });
    expect(done.sessionsSigned).toBe(2);
  });

  it('a stopped course gets no follow-ups', () => {
    const stopped = seriesSchedule({ ...series, status: 'stopped' }, three, [], '2026-07-01');
    expect(stopped.items.filter((i) => i.timepoint.startsWith('month_')).map((i) => i.state)).toEqual([
      'not_yet',
      'not_yet',
    ]);
  });

  it('is due for 28 days, then overdue; a patient answer marks patientDone, not done', () => {
    const patient: ScheduleScore = { ...clinician('month_3'), rater: 'patient' };
    const at = (today: string) => seriesSchedule(series, three, [patient], today).items.at(-2)!;
    expect(at('2026-06-30')).toMatchObject({ state: 'due', patientDone: true });
    expect(at('2026-07-01')).toMatchObject({ state: 'overdue' });
  });

  it('ignores scores of another course', () => {
    const other = { ...clinician('baseline'), seriesId: 'other' };
    expect(seriesSchedule(series, three, [other], '2026-01-05').items[0]!.state).toBe('due');
  });
});

describe('addMonths', () => {
  it('keeps the day, or the month’s last day', () => {
    expect(addMonths('2026-03-15', 3)).toBe('2026-06-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
});
