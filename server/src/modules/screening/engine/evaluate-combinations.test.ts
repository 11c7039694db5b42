import { questionIds, screeningResult, type IntakeAnswers, clearIntakeAnswers } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { defaultRuleSet, defaultRuleSetData } from '../rule-sets/default-rule-set';
import { parseRuleSet, type RuleSetInput } from '../rule-sets/rule-set.schema';
import { evaluate } from './evaluate';
import { adult, daysBefore, plan, ruleIds, screen, without } from './screening.fixtures';

describe('outcome and findings', () => {
  it('a clear history is clear, records the rule-set version and caps only the planned zones', () => {
    expect(screen({}, { plan: { zones: ['cheeks', 'neck'] } })).toEqual({
      outcome: 'clear',
      ruleSetVersion: 'corium-default-2026.11',
      findings: [],
      depthCapsMm: { cheeks: 2.0, neck: 1.0 },
    });
  });

  it('lists every finding, most severe first, and the most severe is the outcome', () => {
    const result = screen({
      bleeding_supplements: true,
      anticoagulants: true,
      pregnant_or_breastfeeding: true,
      tattoo_in_area: true,
    });
    expect(result.outcome).toBe('block');
    expect(result.findings.map((f) => [f.ruleId, f.level])).toEqual([
      ['C21', 'block'],
      ['C16', 'needs-doctor'],
      ['C17', 'warn'],
      ['C27', 'warn'],
    ]);
  });

  it('a warning and a doctor review give needs-doctor', () => {
    const result = screen({ diabetes: 'controlled', keloid_history: true });
    expect(result.outcome).toBe('needs-doctor');
    expect(ruleIds(result)).toEqual(['C08', 'C19']);
  });

  it('reports a rule once, at its most severe outcome, and keeps the others in the staff reason', () => {
    const result = screen({ allergies: ['lidocaine', 'nickel'] });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ ruleId: 'C22', level: 'block' });
    expect(result.findings[0]?.reason).toContain('allergies: nickel');
    expect(result.findings[0]?.reason).toContain('Also (warn)');
    expect(result.findings[0]?.reason).toContain('allergies: lidocaine');
  });

  it('C11 with a recent peel and old radiotherapy blocks, naming both', () => {
    const result = screen({
      recent_procedures: [
        { kind: 'radiotherapy', date: '2019-03-01' },
        { kind: 'superficial_peel', date: daysBefore(3) },
      ],
    });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.level).toBe('block');
    expect(result.findings[0]?.reason).toMatch(/superficial_peel .*3 days before the treatment/);
    expect(result.findings[0]?.reason).toContain('radiotherapy on 2019-03-01');
  });

  it('gives every finding a reason, a patient message and references', () => {
    const everything: Partial<IntakeAnswers> = Object.fromEntries(
      Object.entries(clearIntakeAnswers).map(([id, value]) => [
        id,
        typeof value === 'boolean' ? true : value,
      ]),
    );
    const result = screen(everything, { plan: { modality: 'rf-microneedling', zones: ['perioral'] } });
    expect(result.findings.length).toBeGreaterThanOrEqual(20);
    for (const finding of result.findings) {
      expect(finding.reason.length).toBeGreaterThan(20);
      expect(finding.patientMessage.length).toBeGreaterThan(20);
      expect(finding.references.length).toBeGreaterThan(0);
    }
    expect(screeningResult.parse(result)).toEqual(result);
  });
});

describe('INCOMPLETE', () => {
  it('an empty history is needs-doctor and lists every required question', () => {
    const result = evaluate(defaultRuleSet, {}, adult, plan());
    expect(result.outcome).toBe('needs-doctor');
    expect(ruleIds(result)).toEqual(['INCOMPLETE']);
    for (const id of questionIds.filter((q) => q !== 'expectations_concern')) {
      expect(result.findings[0]?.reason).toContain(id);
    }
  });

  it('one unanswered question is enough, and only it is listed', () => {
    const answers = without('fitzpatrick_type');
    const result = evaluate(defaultRuleSet, answers, adult, plan());
    expect(result.findings).toEqual([
      expect.objectContaining({ ruleId: 'INCOMPLETE', level: 'needs-doctor' }),
    ]);
    expect(result.findings[0]?.reason).toMatch(/unanswered: fitzpatrick_type\.$/);
  });

  it('does not require expectations_concern, which the clinician enters after consultation', () => {
    const answers = without('expectations_concern');
    expect(evaluate(defaultRuleSet, answers, adult, plan()).outcome).toBe('clear');
  });

  it('counts "no", "never" (null) and an empty list as answers', () => {
    expect(screen({ isotretinoin_last_dose: null, allergies: [], herpes_history: false }).outcome).toBe(
      'clear',
    );
  });

  it('sits beside the other findings; a block still wins', () => {
    const answers = without('diabetes');
    const result = evaluate(defaultRuleSet, { ...answers, active_cold_sore: true }, adult, plan());
    expect(result.outcome).toBe('block');
    expect(ruleIds(result)).toEqual(['C02', 'INCOMPLETE']);
  });
});

/** The engine reads windows and levels from the data: a clinic's edited copy changes results. */
describe("a clinic's own rule set", () => {
  function clinicRuleSet(edit: (data: RuleSetInput) => void): ReturnType<typeof parseRuleSet> {
    const data = structuredClone(defaultRuleSetData);
    edit(data);
    return parseRuleSet({ ...data, id: 'clinic-example', version: '3' });
  }
  const rule = (data: RuleSetInput, id: string): RuleSetInput['rules'][number] =>
    data.rules.find((r) => r.id === id)!;

  it('uses its window: retinoid pause of 7 days instead of 5', () => {
    const ruleSet = clinicRuleSet((data) => {
      const when = rule(data, 'C10').outcomes[0]!.when;
      if (when.kind === 'date_within_days') when.days = 7;
    });
    const retinoid = { topical_retinoid_last_use: daysBefore(6) };
    expect(screen(retinoid).outcome).toBe('clear');
    expect(screen(retinoid, { ruleSet })).toMatchObject({
      outcome: 'warn',
      ruleSetVersion: 'clinic-example-3',
    });
  });

  it('uses its level: bleeding disorder as a doctor review instead of a block', () => {
    const ruleSet = clinicRuleSet((data) => {
      rule(data, 'C15').outcomes[0]!.level = 'needs-doctor';
    });
    expect(screen({ bleeding_disorder: true }, { ruleSet }).outcome).toBe('needs-doctor');
  });

  it('switches an outcome off with `clear`', () => {
    const ruleSet = clinicRuleSet((data) => {
      rule(data, 'C05').outcomes[1]!.level = 'clear';
    });
    expect(screen({ active_acne: 'comedonal' }, { ruleSet }).outcome).toBe('clear');
    expect(screen({ active_acne: 'inflammatory' }, { ruleSet }).outcome).toBe('block');
  });

  it('uses its required questions', () => {
    const ruleSet = clinicRuleSet((data) => {
      data.requiredQuestions.push('expectations_concern');
    });
    const answers = without('expectations_concern');
    const result = evaluate(ruleSet, answers, adult, plan());
    expect(result.findings[0]?.reason).toMatch(/unanswered: expectations_concern\.$/);
  });
});
