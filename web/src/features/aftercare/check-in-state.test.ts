import type { CheckInForm } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { checkInAnswers, checkInProgress, emptyDraft, type CheckInDraft } from './check-in-state';

const levels = [0, 1, 2, 3].map((score) => ({ score, label: `L${score}`, description: `D${score}` }));
const form: CheckInForm = {
  checkInId: '0193a4d2-0000-7000-8000-000000000001',
  day: 3,
  dueDate: '2026-05-04',
  treatmentDate: '2026-05-01',
  patientFirstName: 'Ana',
  clinicName: 'Lumen',
  language: 'en',
  effects: (['redness', 'swelling', 'pain', 'itching', 'flaking', 'bruising'] as const).map((effect) => ({
    effect,
    question: effect,
    levels,
  })),
  redFlags: [
    { id: 'pus_or_crusts', question: 'Pus?', hint: null },
    { id: 'fever', question: 'Fever?', hint: null },
  ],
};

const allScored: CheckInDraft['effects'] = {
  redness: 1,
  swelling: 0,
  pain: 1,
  itching: 2,
  flaking: 2,
  bruising: 0,
};

describe('a check-in being filled in', () => {
  it('starts with nothing chosen and points at the first question', () => {
    expect(checkInProgress(form, emptyDraft)).toEqual({
      answered: 0,
      total: 8,
      firstMissing: 'check-in-effect-redness',
    });
    expect(checkInAnswers(form, emptyDraft)).toBeNull();
  });

  it('counts a "no" as an answer, and points at the first red flag left open', () => {
    const draft = { ...emptyDraft, effects: allScored, redFlags: { fever: false } };
    expect(checkInProgress(form, draft)).toEqual({
      answered: 7,
      total: 8,
      firstMissing: 'check-in-flag-pus_or_crusts',
    });
    expect(checkInAnswers(form, draft)).toBeNull();
  });

  it('sends every score and every asked question, and a note only when there is one', () => {
    const draft = { effects: allScored, redFlags: { pus_or_crusts: true, fever: false }, note: '  ' };
    expect(checkInAnswers(form, draft)).toEqual({
      effects: allScored,
      redFlags: { pus_or_crusts: true, fever: false },
    });
    expect(checkInAnswers(form, { ...draft, note: ' Yellow crust on the chin ' })?.note).toBe(
      'Yellow crust on the chin',
    );
  });
});
