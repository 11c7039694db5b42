import { describe, expect, it } from 'vitest';
import { intakeQuestions, intakeSteps } from './intake-questions';
import { questionIds } from './screening';

describe('intake questions', () => {
  it('ask every canonical question exactly once, each in a known step', () => {
    expect(intakeQuestions.map((q) => q.id).sort()).toEqual([...questionIds].sort());
    const steps = new Set<string>(intakeSteps.map((s) => s.id));
    for (const q of intakeQuestions) expect(steps.has(q.step), q.id).toBe(true);
  });

  it('keep the clinician-only question out of the patient’s form', () => {
    expect(intakeQuestions.filter((q) => q.clinicianOnly).map((q) => q.id)).toEqual(['expectations_concern']);
  });
});
