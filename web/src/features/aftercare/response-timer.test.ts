import { describe, expect, it } from 'vitest';
import { responseTimer } from './response-timer';

const due = '2026-05-04T12:00:00.000Z';
const at = (iso: string) => new Date(iso);

describe('an alert’s response timer', () => {
  it('counts down in hours and minutes, rounding a part minute up', () => {
    expect(responseTimer(due, at('2026-05-04T10:00:00.000Z'))).toEqual({
      text: '2 h 00 min left',
      tone: 'calm',
    });
    expect(responseTimer(due, at('2026-05-04T10:54:30.000Z'))).toEqual({
      text: '1 h 06 min left',
      tone: 'calm',
    });
    expect(responseTimer(due, at('2026-05-04T11:59:59.000Z'))).toEqual({ text: '1 min left', tone: 'soon' });
  });

  it('turns orange in the last quarter hour', () => {
    expect(responseTimer(due, at('2026-05-04T11:44:00.000Z')).tone).toBe('calm');
    expect(responseTimer(due, at('2026-05-04T11:45:00.000Z'))).toEqual({ text: '15 min left', tone: 'soon' });
  });

  it('says how late an unanswered alert is once the deadline has passed', () => {
    expect(responseTimer(due, at('2026-05-04T12:00:00.000Z'))).toEqual({
      text: '0 min overdue',
      tone: 'overdue',
    });
    expect(responseTimer(due, at('2026-05-04T13:30:00.000Z'))).toEqual({
      text: '1 h 30 min overdue',
      tone: 'overdue',
    });
  });

  it('reads a review deadline days away in days', () => {
    expect(responseTimer(due, at('2026-05-01T12:00:00.000Z')).text).toBe('3 days left');
  });
});
