import type { CheckInRecord, PlanMilestone, TimelineDay } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { effectSeries, flagsRaised, focusDay, milestoneState, milestoneWhen } from './recovery-view';

const actives: PlanMilestone = {
  id: 'actives',
  day: 7,
  date: '2026-05-08',
  title: 'Retinoids, acids, vitamin C',
  detail: 'Every other night at first',
  delayedByDays: 0,
};

describe('milestones', () => {
  it('are ahead, due today, or resumed', () => {
    expect(milestoneState(actives, 3)).toEqual({ kind: 'later', daysToGo: 4 });
    expect(milestoneState(actives, 7)).toEqual({ kind: 'today' });
    expect(milestoneState(actives, 8)).toEqual({ kind: 'resumed' });
    // After the timeline's last day the plan has no "today": everything has resumed.
    expect(milestoneState(actives, null)).toEqual({ kind: 'resumed' });
  });

  it('say when in words', () => {
    expect(milestoneWhen(actives, { kind: 'later', daysToGo: 4 }, 'Fri 8 May')).toBe('In 4 days (Fri 8 May)');
    expect(milestoneWhen(actives, { kind: 'later', daysToGo: 1 }, 'Fri 8 May')).toBe(
      'From tomorrow (Fri 8 May)',
    );
    expect(milestoneWhen(actives, { kind: 'today' }, 'Fri 8 May')).toBe('From today');
    expect(milestoneWhen(actives, { kind: 'resumed' }, 'Fri 8 May')).toBe('Since day 7');
    expect(milestoneWhen({ ...actives, day: 0 }, { kind: 'resumed' }, '')).toBe('Since treatment day');
  });
});

const day = (n: number): TimelineDay => ({
  day: n,
  date: `2026-05-${String(1 + n).padStart(2, '0')}`,
  expected: '',
  do: [],
  avoid: [],
  milestones: [],
  checkInId: null,
});

describe('the day the timeline opens on', () => {
  const days = [0, 1, 2, 3, 5, 7, 14].map(day);
  it('is today when the plan describes today, else the last day before it', () => {
    expect(focusDay(days, 3)?.day).toBe(3);
    expect(focusDay(days, 4)?.day).toBe(3);
    expect(focusDay(days, null)?.day).toBe(14);
    expect(focusDay([], 3)).toBeNull();
  });
});

const checkIn = (dayNumber: number, answers: CheckInRecord['answers']): CheckInRecord => ({
  id: `0193a4d2-0000-7000-8000-00000000000${dayNumber}`,
  day: dayNumber,
  dueDate: '2026-05-04',
  opensAt: '2026-05-04T07:00:00.000Z',
  closesAt: '2026-05-05T07:00:00.000Z',
  status: answers ? 'submitted' : 'missed',
  submittedAt: null,
  reminderSentAt: null,
  level: null,
  answers,
  triage: null,
  via: null,
});

const effects = { redness: 2, swelling: 1, pain: 1, itching: 0, flaking: 0, bruising: 0 };

describe('a plan’s answers for staff', () => {
  it('chart each effect by day, leaving out check-ins nobody answered', () => {
    const checkIns = [
      checkIn(1, { effects, redFlags: {} }),
      checkIn(2, null),
      checkIn(3, { effects: { ...effects, redness: 1 }, redFlags: { pus_or_crusts: true, fever: false } }),
    ];
    expect(effectSeries(checkIns, 'redness')).toEqual([
      { day: 1, score: 2 },
      { day: 3, score: 1 },
    ]);
    expect(flagsRaised(checkIns[2]!)).toEqual(['pus_or_crusts']);
    expect(flagsRaised(checkIns[1]!)).toEqual([]);
  });
});
