import type { FieldIssue, RuleSetChange } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors/app-error';
import { daysBefore, levelOf, screen } from '../engine/screening.fixtures';
import { defaultRuleSet } from './default-rule-set';
import { applyRuleSetChanges } from './rule-set-changes';
import { parseRuleSet, type RuleSet } from './rule-set.schema';
import { reportedVersion } from './rule-set-version';

/** The new version, parsed as the service would store and load it. */
function revise(changes: RuleSetChange[], base: RuleSet = defaultRuleSet, revision = 1) {
  const { ruleSet, applied } = applyRuleSetChanges(base, changes, revision);
  return { ruleSet: parseRuleSet(ruleSet), applied };
}

/** The field issues of the refusal `changes` get. */
function refusal(
  changes: RuleSetChange[],
  base: RuleSet = defaultRuleSet,
): { message: string; issues: FieldIssue[] } {
  try {
    applyRuleSetChanges(base, changes, 1);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION_FAILED');
    return { message: (error as AppError).message, issues: (error as AppError).details as FieldIssue[] };
  }
  throw new Error('the changes were applied');
}

const rule = (set: RuleSet, id: string) => set.rules.find((r) => r.id === id)!;

describe('applyRuleSetChanges: versions', () => {
  it('names the new set `clinic` with the default version and revision, which results report', () => {
    const { ruleSet } = revise([{ kind: 'depth_cap', zone: 'neck', mm: 0.75 }]);
    expect([ruleSet.id, ruleSet.version]).toEqual(['clinic', '2026.11-r1']);
    expect(screen({}, { ruleSet }).ruleSetVersion).toBe('clinic-2026.11-r1');
    expect(reportedVersion(ruleSet)).toBe('clinic-2026.11-r1');
  });

  it('keeps counting from the default version rather than nesting revisions', () => {
    const first = revise([{ kind: 'depth_floor', mm: 0.3 }]).ruleSet;
    const second = revise([{ kind: 'depth_floor', mm: 0.35 }], first, 2).ruleSet;
    expect(second.version).toBe('2026.11-r2');
    expect(second.depth.floorMm).toBe(0.35);
  });

  it('leaves the version it is based on untouched, and everything the changes do not name', () => {
    const { ruleSet } = revise([{ kind: 'level', ruleId: 'C21', outcome: 0, level: 'needs-doctor' }]);
    expect(rule(defaultRuleSet, 'C21').outcomes[0]!.level).toBe('block');
    // Everything but the name and C21 is as it was.
    const unnamed = (set: RuleSet) => ({
      ...set,
      id: '',
      version: '',
      rules: set.rules.filter((r) => r.id !== 'C21'),
    });
    expect(unnamed(ruleSet)).toEqual(unnamed(defaultRuleSet));
  });
});

describe('applyRuleSetChanges: what each change does', () => {
  it('changes a level, recording before and after; the engine screens with it', () => {
    const { ruleSet, applied } = revise([
      { kind: 'level', ruleId: 'C21', outcome: 0, level: 'needs-doctor' },
    ]);
    expect(applied).toEqual([
      {
        kind: 'level',
        ruleId: 'C21',
        ruleTitle: rule(defaultRuleSet, 'C21').title,
        outcome: 0,
        before: 'block',
        after: 'needs-doctor',
      },
    ]);
    expect(levelOf(screen({ pregnant_or_breastfeeding: true }, { ruleSet }), 'C21')).toBe('needs-doctor');
  });

  it('switches an outcome off with `clear`', () => {
    const { ruleSet } = revise([{ kind: 'level', ruleId: 'C05', outcome: 1, level: 'clear' }]);
    expect(levelOf(screen({ active_acne: 'comedonal' }, { ruleSet }), 'C05')).toBe('clear');
    expect(levelOf(screen({ active_acne: 'inflammatory' }, { ruleSet }), 'C05')).toBe('block');
  });

  it('lengthens a window: the toxin 20 days ago now warns, and 21 days ago does not', () => {
    const { ruleSet, applied } = revise([
      { kind: 'window', ruleId: 'C12', outcome: 0, path: 'days', value: 21 },
    ]);
    expect(applied[0]).toMatchObject({ kind: 'window', path: 'days', unit: 'days', before: 14, after: 21 });
    expect(levelOf(screen({ botulinum_toxin_last_date: daysBefore(20) }), 'C12')).toBe('clear');
    expect(levelOf(screen({ botulinum_toxin_last_date: daysBefore(20) }, { ruleSet }), 'C12')).toBe('warn');
    expect(levelOf(screen({ botulinum_toxin_last_date: daysBefore(21) }, { ruleSet }), 'C12')).toBe('clear');
  });

  it('reaches a window inside an any_of (C09: stopped fewer than 183 days ago)', () => {
    const { ruleSet } = revise([
      { kind: 'window', ruleId: 'C09', outcome: 0, path: 'conditions.1.days', value: 90 },
    ]);
    expect(levelOf(screen({ isotretinoin_last_dose: daysBefore(100) }, { ruleSet }), 'C09')).toBe('clear');
    expect(levelOf(screen({ isotretinoin_last_dose: daysBefore(89) }, { ruleSet }), 'C09')).toBe(
      'needs-doctor',
    );
    expect(levelOf(screen({ isotretinoin_last_dose: 'current' }, { ruleSet }), 'C09')).toBe('needs-doctor');
  });

  it('changes one modality’s window without the general one (C13 before RF)', () => {
    const { ruleSet } = revise([
      { kind: 'window', ruleId: 'C13', outcome: 0, path: 'daysByModality.rf-microneedling', value: 42 },
    ]);
    const filler = { filler_last_date: daysBefore(30) };
    expect(levelOf(screen(filler, { ruleSet, plan: { modality: 'rf-microneedling' } }), 'C13')).toBe('warn');
    expect(levelOf(screen(filler, { ruleSet }), 'C13')).toBe('clear');
    expect(rule(ruleSet, 'C13').outcomes[0]!.when).toMatchObject({ days: 14 });
  });

  it('changes an age limit in years (C28)', () => {
    const { ruleSet, applied } = revise([
      { kind: 'window', ruleId: 'C28', outcome: 0, path: 'years', value: 21 },
    ]);
    expect(applied[0]).toMatchObject({ unit: 'years', before: 18, after: 21 });
    expect(levelOf(screen({}, { ruleSet, patient: { dateOfBirth: '2006-01-01' } }), 'C28')).toBe(
      'needs-doctor',
    );
  });

  it('changes depth caps, the floor, a lowering and the incomplete-history level', () => {
    const { ruleSet, applied } = revise([
      { kind: 'depth_cap', zone: 'neck', mm: 0.75 },
      { kind: 'depth_floor', mm: 0.5 },
      { kind: 'depth_lowering', loweringId: 'first_session', mm: 0.5 },
      { kind: 'incomplete_level', level: 'block' },
    ]);
    expect(applied.map((a) => [a.kind, a.before, a.after])).toEqual([
      ['depth_cap', 1.0, 0.75],
      ['depth_floor', 0.25, 0.5],
      ['depth_lowering', 0.25, 0.5],
      ['incomplete_level', 'needs-doctor', 'block'],
    ]);
    const caps = screen(
      {},
      { ruleSet, plan: { zones: ['neck', 'cheeks'] }, patient: { isFirstSession: true } },
    ).depthCapsMm;
    expect(caps).toEqual({ neck: 0.5, cheeks: 1.5 });
    expect(screen({ anticoagulants: undefined }, { ruleSet }).outcome).toBe('block');
  });
});

describe('applyRuleSetChanges: refusals name the change', () => {
  it.each<[string, RuleSetChange, string, RegExp]>([
    [
      'an unknown rule',
      { kind: 'level', ruleId: 'C99', outcome: 0, level: 'warn' },
      'changes.0.ruleId',
      /no rule C99/,
    ],
    [
      'an unknown outcome',
      { kind: 'level', ruleId: 'C21', outcome: 1, level: 'warn' },
      'changes.0.outcome',
      /C21 has 1 outcome/,
    ],
    [
      'an unknown window',
      { kind: 'window', ruleId: 'C12', outcome: 0, path: 'weeks', value: 3 },
      'changes.0.path',
      /windows are days/,
    ],
    [
      'a rule without windows',
      { kind: 'window', ruleId: 'C21', outcome: 0, path: 'days', value: 3 },
      'changes.0.path',
      /has no windows/,
    ],
    [
      'radiotherapy at any time',
      { kind: 'window', ruleId: 'C11', outcome: 3, path: 'days', value: 90 },
      'changes.0.path',
      /no window/,
    ],
    [
      'a modality without its own window',
      { kind: 'window', ruleId: 'C12', outcome: 0, path: 'daysByModality.rf-microneedling', value: 28 },
      'changes.0.path',
      /no window/,
    ],
    [
      'an unknown lowering',
      { kind: 'depth_lowering', loweringId: 'tall', mm: 0.5 },
      'changes.0.loweringId',
      /no depth lowering tall/,
    ],
    [
      'a value that is already so',
      { kind: 'window', ruleId: 'C12', outcome: 0, path: 'days', value: 14 },
      'changes.0.value',
      /already 14 days/,
    ],
    [
      'a level that is already so',
      { kind: 'incomplete_level', level: 'needs-doctor' },
      'changes.0.level',
      /already needs-doctor/,
    ],
    [
      'a depth finer than 0.01 mm',
      { kind: 'depth_cap', zone: 'neck', mm: 0.755 },
      'changes.0.mm',
      /two decimal places/,
    ],
    [
      'what the rule-set schema refuses (age over 150)',
      { kind: 'window', ruleId: 'C28', outcome: 0, path: 'years', value: 200 },
      'changes.0.value',
      /rules\.27\.outcomes\.0\.when\.years/,
    ],
  ])('%s', (_name, change, path, message) => {
    const { issues } = refusal([change]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(path);
    expect(issues[0]!.message).toMatch(/^Change 1: /);
    expect(issues[0]!.message).toMatch(message);
  });

  it('refuses two changes of the same value, naming the second', () => {
    const { issues } = refusal([
      { kind: 'depth_cap', zone: 'neck', mm: 0.75 },
      { kind: 'depth_cap', zone: 'cheeks', mm: 1.75 },
      { kind: 'depth_cap', zone: 'neck', mm: 0.5 },
    ]);
    expect(issues).toEqual([{ path: 'changes.2', message: 'Change 3: changes the same value as change 1' }]);
  });

  it('lists every change at fault, not just the first', () => {
    const { message, issues } = refusal([
      { kind: 'level', ruleId: 'C99', outcome: 0, level: 'warn' },
      { kind: 'depth_floor', mm: 0.5 },
      { kind: 'depth_lowering', loweringId: 'tall', mm: 0.5 },
    ]);
    expect(message).toBe('2 of the changes cannot be applied.');
    expect(issues.map((i) => i.path)).toEqual(['changes.0.ruleId', 'changes.2.loweringId']);
  });

  it('says which change a schema problem comes from when several changes are valid on their own', () => {
    const { issues } = refusal([
      { kind: 'depth_cap', zone: 'neck', mm: 0.75 },
      { kind: 'window', ruleId: 'C28', outcome: 0, path: 'years', value: 151 },
    ]);
    expect(issues.map((i) => i.path)).toEqual(['changes.1.value']);
  });
});
