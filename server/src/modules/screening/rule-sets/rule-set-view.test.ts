import { ruleSetView } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { defaultRuleSet } from './default-rule-set';
import { toRuleSetView } from './rule-set-view';
import type { Condition } from './rule-set.schema';
import { describeCondition } from './rule-set-windows';

describe('toRuleSetView', () => {
  const view = toRuleSetView(defaultRuleSet, 0);

  it('reports the version screenings report, and fits the contract', () => {
    expect(view.version).toBe('corium-default-2026.11');
    expect(view.revision).toBe(0);
    expect(view.nextVersion).toBe('clinic-2026.11-r1');
    expect(ruleSetView.safeParse(view).success).toBe(true);
  });

  it('lists every editable window of the default with its stable path and unit', () => {
    const windows = view.rules.flatMap((rule) =>
      rule.outcomes.flatMap((outcome) =>
        outcome.windows.map(
          (w) =>
            `${rule.id}/${outcome.index}/${w.path} ${w.value} ${w.unit}${w.modality ? ` ${w.modality}` : ''}`,
        ),
      ),
    );
    expect(windows).toEqual([
      'C09/0/conditions.1.days 183 days',
      'C10/0/days 5 days',
      'C11/0/days 14 days',
      'C11/1/days 28 days',
      'C11/2/days 90 days',
      'C12/0/days 14 days',
      'C13/0/days 14 days',
      'C13/0/daysByModality.rf-microneedling 28 days rf-microneedling',
      'C28/0/years 18 years',
    ]);
  });

  it('shows each rule’s evidence, the unconfirmed flag and the outcome levels', () => {
    const c14 = view.rules.find((rule) => rule.id === 'C14')!;
    expect(c14).toMatchObject({ evidenceGrade: 'D', unconfirmed: true, bookingNeedsOverride: false });
    expect(c14.references.length).toBeGreaterThan(0);
    const c05 = view.rules.find((rule) => rule.id === 'C05')!;
    expect(c05.outcomes.map((o) => [o.level, o.when])).toEqual([
      ['block', 'Active acne: inflammatory'],
      ['warn', 'Active acne: comedonal'],
    ]);
  });

  it('gives the depth policy with every zone’s cap', () => {
    expect(view.depth.capsMm.neck).toBe(1.0);
    expect(view.depth.lowerings.map((l) => [l.id, l.byMm])).toEqual([
      ['fitzpatrick_4_to_6', 0.25],
      ['melasma_or_pih_history', 0.25],
      ['first_session', 0.25],
    ]);
    expect(view.depth.floorMm).toBe(0.25);
  });
});

describe('describeCondition', () => {
  it.each<[Condition, string]>([
    [
      {
        kind: 'date_within_days',
        question: 'filler_last_date',
        days: 14,
        daysByModality: { 'rf-microneedling': 28 },
      },
      'Last dermal filler fewer than 14 days (28 for RF microneedling) before treatment',
    ],
    [
      { kind: 'procedure_within_days', question: 'recent_procedures', kinds: ['radiotherapy'] },
      'Radiotherapy at any time',
    ],
    [
      {
        kind: 'procedure_within_days',
        question: 'recent_procedures',
        kinds: ['superficial_peel', 'waxing'],
        days: 14,
      },
      'Superficial peel or waxing fewer than 14 days before treatment',
    ],
    [{ kind: 'age_below', years: 18 }, 'Younger than 18 years on the treatment date'],
    [{ kind: 'number_between', question: 'fitzpatrick_type', min: 4, max: 6 }, 'Fitzpatrick type 4–6'],
    [
      { kind: 'list_contains', question: 'allergies', values: ['lidocaine', 'prilocaine'] },
      'Allergies include lidocaine or prilocaine',
    ],
    [
      {
        kind: 'any_of',
        conditions: [
          { kind: 'first_session' },
          {
            kind: 'all_of',
            conditions: [
              { kind: 'boolean_true', question: 'anticoagulants' },
              { kind: 'age_below', years: 30 },
            ],
          },
        ],
      },
      'First microneedling session, or (Anticoagulants: yes, and Younger than 30 years on the treatment date)',
    ],
  ])('%j', (condition, words) => {
    expect(describeCondition(condition)).toBe(words);
  });
});
