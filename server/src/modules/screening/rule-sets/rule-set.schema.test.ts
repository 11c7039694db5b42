import { questionIds } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { defaultRuleSet, defaultRuleSetData } from './default-rule-set';
import { parseRuleSet, type RuleSetInput } from './rule-set.schema';

describe('the default rule set', () => {
  it('has every rule C01–C31 once, in order', () => {
    const expected = Array.from({ length: 31 }, (_, i) => `C${String(i + 1).padStart(2, '0')}`);
    expect(defaultRuleSet.rules.map((rule) => rule.id)).toEqual(expected);
  });

  it('requires every canonical question except the clinician-entered expectations_concern', () => {
    expect([...defaultRuleSet.requiredQuestions].sort()).toEqual(
      questionIds.filter((id) => id !== 'expectations_concern').sort(),
    );
  });

  it('cites at least one reference per rule and flags grade D rules as unconfirmed', () => {
    for (const rule of defaultRuleSet.rules) {
      expect(rule.references.length, rule.id).toBeGreaterThan(0);
      expect(rule.unconfirmed, rule.id).toBe(rule.evidenceGrade === 'D');
    }
  });

  it('never repeats the seed article’s errors in patient wording', () => {
    for (const rule of defaultRuleSet.rules) {
      const texts = [rule.patientMessage, ...rule.outcomes.map((o) => o.patientMessage ?? '')];
      for (const text of texts) expect(text, rule.id).not.toMatch(/collagen|derma ?roller|pores/i);
    }
  });

  it('is frozen, so the engine can compile it once', () => {
    expect(Object.isFrozen(defaultRuleSet.rules[0]?.outcomes[0]?.when)).toBe(true);
  });
});

describe('parseRuleSet refuses broken clinic data', () => {
  function problems(edit: (data: RuleSetInput) => void): string {
    const data = structuredClone(defaultRuleSetData);
    edit(data);
    try {
      parseRuleSet(data);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('parsed');
  }
  const c05 = (data: RuleSetInput): RuleSetInput['rules'][number] => data.rules[4]!;

  it.each([
    [
      'a yes/no test of a multiple-choice question',
      (d: RuleSetInput) => (c05(d).outcomes[0]!.when = { kind: 'boolean_true', question: 'active_acne' }),
      /boolean_true cannot test active_acne[\s\S]*rules\[4\]\.outcomes\[0\]\.when\.question/,
    ],
    [
      'a value the question never has',
      (d: RuleSetInput) =>
        (c05(d).outcomes[0]!.when = { kind: 'enum_in', question: 'active_acne', values: ['cystic'] }),
      /active_acne is never cystic/,
    ],
    ['a duplicate rule id', (d: RuleSetInput) => (c05(d).id = 'C04'), /Duplicate C04/],
    ['a reserved rule id', (d: RuleSetInput) => (c05(d).id = 'INCOMPLETE'), /Duplicate INCOMPLETE/],
    [
      'a window of 0 days',
      (d: RuleSetInput) => ((d.rules[9]!.outcomes[0]!.when as { days: number }).days = 0),
      /days/,
    ],
    [
      'an unknown question',
      (d: RuleSetInput) => (d.requiredQuestions = ['smoker' as never]),
      /requiredQuestions/,
    ],
    [
      'a zone without a cap',
      (d: RuleSetInput) => delete (d.depth.capsMm as Record<string, number>).scalp,
      /scalp/,
    ],
    [
      'an INCOMPLETE level of clear',
      (d: RuleSetInput) => ((d.incomplete.level as string) = 'clear'),
      /incomplete/,
    ],
    [
      'a depth lowering that needs a date',
      (d: RuleSetInput) =>
        (d.depth.lowerings[0]!.when = { kind: 'date_within_days', question: 'filler_last_date', days: 14 }),
      /cannot use date_within_days/,
    ],
  ] as [string, (d: RuleSetInput) => void, RegExp][])('%s', (_label, edit, message) => {
    expect(problems(edit)).toMatch(message);
  });
});
