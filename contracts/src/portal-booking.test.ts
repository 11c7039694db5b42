import { describe, expect, it } from 'vitest';
import { patientRefusalReasons, refusalWords } from './portal-booking';

describe('refusals in words a patient understands', () => {
  it('has a title, a sentence and a next step for every reason', () => {
    for (const reason of patientRefusalReasons) {
      const words = refusalWords({ reason });
      expect(words.title.length, reason).toBeGreaterThan(0);
      expect(words.sentence.length, reason).toBeGreaterThan(0);
      expect(words.nextStep.length, reason).toBeGreaterThan(0);
    }
  });

  it('offers the next free times when a slot was just taken, and the waitlist when there are none', () => {
    const slot = {
      start: '2026-12-02T10:00:00Z',
      end: '2026-12-02T10:30:00Z',
      practitionerName: null,
      assignment: {},
    };
    expect(refusalWords({ reason: 'slot_taken', nextSlots: [slot] })).toMatchObject({
      title: 'That time was just taken',
      nextStep: 'Here are the next free times.',
    });
    expect(refusalWords({ reason: 'slot_taken', nextSlots: [] }).nextStep).toMatch(/join the waitlist/);
  });

  it('names the other session, the days between, the healing minimum and the earliest day', () => {
    const words = refusalWords({
      reason: 'too_soon',
      otherSessionDay: '2026-12-01',
      daysApart: 10,
      minimumDays: 14,
      earliestDay: '2026-12-15',
    });
    expect(words.sentence).toBe(
      'Your other session on Tuesday 1 December is 10 days away; sessions need at least 14 days between them for the skin to heal.',
    );
    expect(words.nextStep).toBe('The earliest you can book is Tuesday 15 December.');
  });

  it('passes on only the screening’s messages for patients, and says to call', () => {
    const words = refusalWords({
      reason: 'needs_clinician',
      patientMessages: ['Please tell us about your medicines.'],
    });
    expect(words.sentence).toContain('Please tell us about your medicines.');
    expect(words.nextStep).toMatch(/call/);
    expect(refusalWords({ reason: 'screening' }).nextStep).toMatch(/call the clinic/);
  });

  it('asks the patient to call when it is too late to cancel, with the clinic’s notice period', () => {
    const words = refusalWords({ reason: 'cancel_too_late', cancelNoticeHours: 48 });
    expect(words.sentence).toMatch(/up to 48 hours before/);
    expect(words.nextStep).toBe('Please call the clinic.');
  });
});
