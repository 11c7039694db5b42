import type { AftercareAlert } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { initialAdverseEvent, parseAdverseEvent, validateAdverseEvent } from './adverse-event-form';

const sessionId = '0193a4d2-0000-7000-8000-000000000010';
const alert = {
  id: '0193a4d2-0000-7000-8000-000000000020',
  checkInDay: 3,
  reasons: [
    {
      code: 'red_flag.pus_or_crusts',
      level: 'urgent',
      staffText: 'Pus or honey crusts on day 3',
      references: [],
    },
  ],
} as unknown as AftercareAlert;

describe('the adverse-event form', () => {
  it('starts from an alert with its day and findings, and nothing judged for the clinician', () => {
    const values = initialAdverseEvent(alert);
    expect(values).toMatchObject({ onsetDay: 3, description: 'Pus or honey crusts on day 3', term: '' });
    expect(Object.keys(validateAdverseEvent(values, sessionId)).sort()).toEqual([
      'causality',
      'outcome',
      'severityGrade',
      'term',
    ]);
  });

  it('asks for a name only when the term is "other"', () => {
    const values = {
      ...initialAdverseEvent(alert),
      term: 'other',
      severityGrade: '2',
      outcome: 'recovering',
      causality: 'probable',
    };
    expect(validateAdverseEvent(values, sessionId)).toEqual({ termOther: 'Name the event' });
    expect(validateAdverseEvent({ ...values, term: 'bacterial_infection' }, sessionId)).toEqual({});
  });

  it('makes the request the contract expects, linked to the session and the alert', () => {
    const values = {
      ...initialAdverseEvent(alert),
      term: 'bacterial_infection',
      severityGrade: '2',
      seriousness: ['medically_important'],
      treatmentGiven: ' Oral flucloxacillin ',
      outcome: 'recovering',
      causality: 'probable',
    };
    expect(parseAdverseEvent(values, sessionId, alert.id)).toEqual({
      sessionId,
      alertId: alert.id,
      term: 'bacterial_infection',
      description: 'Pus or honey crusts on day 3',
      onsetDay: 3,
      severityGrade: 2,
      seriousness: ['medically_important'],
      treatmentGiven: 'Oral flucloxacillin',
      outcome: 'recovering',
      causality: 'probable',
    });
  });
});
