import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from '../screening/rule-sets/default-rule-set';
import { selfCheckQuestions } from './self-check';

const questions = selfCheckQuestions(defaultRuleSet, '2026-11-25');
const outcome = (id: string, value: string) =>
  questions.find((q) => q.id === id)!.choices.find((c) => c.value === value)!;

describe('self-check outcomes', () => {
  it('asks about age and the screening questions that make someone wait or see a doctor', () => {
    expect(questions[0]!.id).toBe('age');
    expect(questions.map((q) => q.id)).toContain('pregnant_or_breastfeeding');
    for (const question of questions) expect(question.choices.length).toBeGreaterThanOrEqual(2);
  });

  it('says to wait when pregnant, with the clinic’s message for the patient', () => {
    const pregnant = outcome('pregnant_or_breastfeeding', 'yes');
    expect(pregnant.level).toBe('block');
    expect(pregnant.messages.join(' ')).toMatch(/pregnan/i);
  });

  it('leaves the unremarkable answer of every question clear', () => {
    const clearValues: Record<string, string> = {
      age: 'adult',
      active_acne: 'none',
      diabetes: 'none',
      connective_tissue_disease: 'none',
    };
    for (const question of questions) {
      expect(outcome(question.id, clearValues[question.id] ?? 'no'), question.id).toMatchObject({
        level: 'clear',
        messages: [],
      });
    }
  });

  it('sends current isotretinoin and under-18s to a doctor or a wait, never clear', () => {
    expect(outcome('isotretinoin_last_dose', 'current').level).not.toBe('clear');
    expect(outcome('age', 'under18').level).toBe('needs-doctor');
  });
});
