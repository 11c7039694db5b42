import { zoneIds, type IntakeAnswers, type ZoneId, clearIntakeAnswers } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { defaultRuleSet, defaultRuleSetData } from '../rule-sets/default-rule-set';
import { parseRuleSet } from '../rule-sets/rule-set.schema';
import { depthCaps } from './depth';
import { levelOf, screen, without } from './screening.fixtures';

const caps = (
  changes: Partial<IntakeAnswers>,
  zones: ZoneId[],
  isFirstSession = false,
): Record<string, number> =>
  depthCaps(defaultRuleSet, { ...clearIntakeAnswers, ...changes }, zones, isFirstSession);

describe('default depth caps', () => {
  it('match intake-questions.md for every zone when nothing lowers them', () => {
    expect(caps({}, [...zoneIds])).toEqual({
      periorbital: 0.5,
      forehead: 1.5,
      temples: 1.5,
      nose: 2.0,
      upper_lip: 1.5,
      perioral: 1.5,
      cheeks: 2.0,
      chin: 2.0,
      jawline: 2.0,
      neck: 1.0,
      decolletage: 1.0,
      dorsal_hands: 0.5,
      abdomen: 2.5,
      thighs: 2.5,
      buttocks: 2.5,
      upper_arms: 2.0,
      scalp: 1.5,
    });
  });

  it('cover only the zones asked for', () => {
    expect(Object.keys(caps({}, ['neck', 'chin']))).toEqual(['neck', 'chin']);
  });
});

describe('lowering', () => {
  it.each([
    ['Fitzpatrick III', { fitzpatrick_type: 3 }, false, 2.0],
    ['Fitzpatrick IV', { fitzpatrick_type: 4 }, false, 1.75],
    ['Fitzpatrick V', { fitzpatrick_type: 5 }, false, 1.75],
    ['Fitzpatrick VI', { fitzpatrick_type: 6 }, false, 1.75],
    ['melasma or PIH history', { melasma_or_pih_history: true }, false, 1.75],
    ['first session', {}, true, 1.75],
    ['Fitzpatrick V + melasma', { fitzpatrick_type: 5, melasma_or_pih_history: true }, false, 1.5],
    ['all three', { fitzpatrick_type: 6, melasma_or_pih_history: true }, true, 1.25],
  ] as [string, Partial<IntakeAnswers>, boolean, number][])(
    'cheeks 2.0 mm with %s → %f mm',
    (_label, changes, firstSession, expected) => {
      expect(caps(changes, ['cheeks'], firstSession)).toEqual({ cheeks: expected });
    },
  );

  it('never goes below 0.25 mm, and never raises a cap to reach it', () => {
    expect(caps({ fitzpatrick_type: 4 }, ['periorbital', 'dorsal_hands'])).toEqual({
      periorbital: 0.25,
      dorsal_hands: 0.25,
    });
    expect(caps({ fitzpatrick_type: 4, melasma_or_pih_history: true }, ['periorbital'], true)).toEqual({
      periorbital: 0.25,
    });
    const data = structuredClone(defaultRuleSetData);
    data.depth.capsMm.scalp = 0.2;
    expect(depthCaps(parseRuleSet(data), clearIntakeAnswers, ['scalp'], true)).toEqual({ scalp: 0.2 });
  });

  it('errs shallow while Fitzpatrick type or melasma history is unanswered', () => {
    const unanswered = without('fitzpatrick_type', 'melasma_or_pih_history');
    expect(depthCaps(defaultRuleSet, unanswered, ['neck'], false)).toEqual({ neck: 0.5 });
  });

  it('treats an unknown session count as a first session', () => {
    expect(screen({}, { patient: { isFirstSession: undefined } }).depthCapsMm).toEqual({ cheeks: 1.75 });
    expect(screen({}, { patient: { isFirstSession: false } }).depthCapsMm).toEqual({ cheeks: 2.0 });
  });
});

describe('DEPTH: the planned depth against the caps', () => {
  it.each([
    [['cheeks'], 2.0, 'clear'],
    [['cheeks'], 2.05, 'needs-doctor'],
    [['periorbital'], 0.5, 'clear'],
    [['periorbital'], 0.75, 'needs-doctor'],
    [['abdomen', 'thighs'], 2.5, 'clear'],
    [['cheeks', 'neck'], 1.5, 'needs-doctor'],
  ] as [ZoneId[], number, string][])('%o at %f mm → %s', (zones, maxDepthMm, level) => {
    const result = screen({}, { plan: { zones, maxDepthMm } });
    expect(levelOf(result, 'DEPTH')).toBe(level);
    expect(result.outcome).toBe(level);
  });

  it('uses the lowered cap and names the zones over it', () => {
    const result = screen({ fitzpatrick_type: 5 }, { plan: { zones: ['cheeks', 'neck'], maxDepthMm: 1.0 } });
    expect(result.depthCapsMm).toEqual({ cheeks: 1.75, neck: 0.75 });
    const depth = result.findings.find((f) => f.ruleId === 'DEPTH');
    expect(depth?.reason).toContain('neck (0.75 mm)');
    expect(depth?.reason).not.toContain('cheeks (');
  });

  it('needs an override above 2.0 mm on the face even where a clinic raised the cap', () => {
    const data = structuredClone(defaultRuleSetData);
    data.depth.capsMm.cheeks = 2.5;
    const ruleSet = parseRuleSet(data);
    expect(levelOf(screen({}, { ruleSet, plan: { zones: ['cheeks'], maxDepthMm: 2.25 } }), 'DEPTH')).toBe(
      'needs-doctor',
    );
    expect(screen({}, { ruleSet, plan: { zones: ['abdomen'], maxDepthMm: 2.25 } }).outcome).toBe('clear');
  });
});
