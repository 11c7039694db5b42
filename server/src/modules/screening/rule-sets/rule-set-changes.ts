import type { AppliedRuleSetChange, FieldIssue, RuleSetChange } from '@corium/contracts';
import { AppError } from '../../../platform/errors/app-error';
import { ruleSetSchema, type RuleSet, type RuleSetInput } from './rule-set.schema';
import { CLINIC_RULE_SET_ID, clinicVersion } from './rule-set-version';
import { windowsOf } from './rule-set-windows';

/**
 * A medical director's edit of the clinic's rules, applied to the version it is based on.
 * Pure: the caller supplies the current rule set and the next revision number, and stores the
 * result. Anything the changes do not name stays exactly as it was.
 */

type Path = (string | number)[];

/** What one change did, and where in the rule-set data, to name it when validation fails. */
interface Applied {
  applied: AppliedRuleSetChange;
  /** Location of the changed value in the rule-set data. */
  target: Path;
  /** The change's field that set it. */
  field: string;
}

/** A change that cannot be applied; `field` is the change's own field at fault. */
class Refusal extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export interface RuleSetRevision {
  /** The new version's data, validated as `parseRuleSet` would. */
  ruleSet: RuleSetInput;
  applied: AppliedRuleSetChange[];
}

function findRule(data: RuleSet, ruleId: string) {
  const index = data.rules.findIndex((rule) => rule.id === ruleId);
  if (index < 0) throw new Refusal('ruleId', `There is no rule ${ruleId}`);
  return { rule: data.rules[index]!, index };
}

function findOutcome(data: RuleSet, ruleId: string, outcomeIndex: number) {
  const { rule, index } = findRule(data, ruleId);
  const outcome = rule.outcomes[outcomeIndex];
  if (!outcome) {
    const count = rule.outcomes.length;
    throw new Refusal(
      'outcome',
      `${ruleId} has ${count} outcome${count === 1 ? '' : 's'}; there is no outcome at index ${outcomeIndex}`,
    );
  }
  return { rule, outcome, target: ['rules', index, 'outcomes', outcomeIndex] as Path };
}

function unchanged(field: string, what: string, value: string | number): never {
  throw new Refusal(field, `${what} is already ${value}`);
}

/** Depths are pen settings: a hundredth of a millimetre is the finest any device offers. */
function checkMm(mm: number): void {
  if (Math.abs(Math.round(mm * 100) - mm * 100) > 1e-6)
    throw new Refusal('mm', 'Give depths to at most two decimal places (e.g. 0.75 mm)');
}

function applyLevel(data: RuleSet, change: Extract<RuleSetChange, { kind: 'level' }>): Applied {
  const { rule, outcome, target } = findOutcome(data, change.ruleId, change.outcome);
  const before = outcome.level;
  if (before === change.level) unchanged('level', `${rule.id}'s outcome at index ${change.outcome}`, before);
  outcome.level = change.level;
  return {
    applied: {
      kind: 'level',
      ruleId: rule.id,
      ruleTitle: rule.title,
      outcome: change.outcome,
      before,
      after: change.level,
    },
    target: [...target, 'level'],
    field: 'level',
  };
}

function applyWindow(data: RuleSet, change: Extract<RuleSetChange, { kind: 'window' }>): Applied {
  const { rule, outcome, target } = findOutcome(data, change.ruleId, change.outcome);
  const windows = windowsOf(outcome.when);
  const window = windows.find((w) => w.path === change.path);
  if (!window) {
    const known =
      windows.length === 0 ? 'it has no windows' : `its windows are ${windows.map((w) => w.path).join(', ')}`;
    throw new Refusal(
      'path',
      `${rule.id}'s outcome at index ${change.outcome} has no window ${change.path}: ${known}`,
    );
  }
  if (window.value === change.value)
    unchanged('value', `${rule.id}'s ${window.subject} window`, `${window.value} ${window.unit}`);
  window.holder[window.key] = change.value;
  return {
    applied: {
      kind: 'window',
      ruleId: rule.id,
      ruleTitle: rule.title,
      outcome: change.outcome,
      path: window.path,
      subject: window.subject,
      unit: window.unit,
      before: window.value,
      after: change.value,
    },
    target: [...target, 'when', ...change.path.split('.')],
    field: 'value',
  };
}

function applyDepth(data: RuleSet, change: Extract<RuleSetChange, { kind: `depth_${string}` }>): Applied {
  checkMm(change.mm);
  const { depth } = data;
  if (change.kind === 'depth_cap') {
    const before = depth.capsMm[change.zone];
    if (before === change.mm) unchanged('mm', `The ${change.zone} cap`, `${before} mm`);
    depth.capsMm[change.zone] = change.mm;
    return {
      applied: { kind: change.kind, zone: change.zone, before, after: change.mm },
      target: ['depth', 'capsMm', change.zone],
      field: 'mm',
    };
  }
  if (change.kind === 'depth_floor') {
    const before = depth.floorMm;
    if (before === change.mm) unchanged('mm', 'The depth floor', `${before} mm`);
    depth.floorMm = change.mm;
    return {
      applied: { kind: change.kind, before, after: change.mm },
      target: ['depth', 'floorMm'],
      field: 'mm',
    };
  }
  const index = depth.lowerings.findIndex((l) => l.id === change.loweringId);
  const lowering = depth.lowerings[index];
  if (!lowering) throw new Refusal('loweringId', `There is no depth lowering ${change.loweringId}`);
  const before = lowering.byMm;
  if (before === change.mm) unchanged('mm', `The ${lowering.id} lowering`, `${before} mm`);
  lowering.byMm = change.mm;
  return {
    applied: { kind: change.kind, loweringId: lowering.id, before, after: change.mm },
    target: ['depth', 'lowerings', index, 'byMm'],
    field: 'mm',
  };
}

function applyOne(data: RuleSet, change: RuleSetChange): Applied {
  switch (change.kind) {
    case 'level':
      return applyLevel(data, change);
    case 'window':
      return applyWindow(data, change);
    case 'incomplete_level': {
      const before = data.incomplete.level;
      if (before === change.level) unchanged('level', 'The incomplete-history level', before);
      data.incomplete.level = change.level;
      return {
        applied: { kind: change.kind, before, after: change.level },
        target: ['incomplete', 'level'],
        field: 'level',
      };
    }
    default:
      return applyDepth(data, change);
  }
}

/** One key per changeable value, so two changes of the same value in one request are refused. */
function targetKey(change: RuleSetChange): string {
  switch (change.kind) {
    case 'level':
      return `level ${change.ruleId} ${change.outcome}`;
    case 'window':
      return `window ${change.ruleId} ${change.outcome} ${change.path}`;
    case 'depth_cap':
      return `cap ${change.zone}`;
    case 'depth_lowering':
      return `lowering ${change.loweringId}`;
    default:
      return change.kind;
  }
}

const issue = (index: number, field: string, message: string): FieldIssue => ({
  path: ['changes', index, field].filter((part) => part !== '').join('.'),
  message: `Change ${index + 1}: ${message}`,
});

function refused(issues: FieldIssue[]): AppError {
  const message =
    issues.length === 1 ? `${issues[0]!.message}.` : `${issues.length} of the changes cannot be applied.`;
  return new AppError('VALIDATION_FAILED', message, issues);
}

const startsWith = (path: Path, prefix: Path): boolean =>
  prefix.every((segment, i) => String(segment) === String(path[i]));

/** The rule set's own rules (ranges, shapes) judge the result; each problem names its change. */
function validate(data: RuleSet, applied: Applied[]): RuleSetInput {
  const parsed = ruleSetSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((problem) => {
    const path = problem.path as Path;
    const index = applied.findIndex((a) => startsWith(path, a.target) || startsWith(a.target, path));
    return index < 0
      ? {
          path: 'changes',
          message: `The changed rule set is not valid: ${problem.message} (at ${path.join('.')})`,
        }
      : issue(index, applied[index]!.field, `${problem.message} (at ${path.join('.')})`);
  });
  throw refused(issues);
}

/**
 * Applies `changes` in order to a copy of `base` and returns the new version's data: id
 * `clinic`, version `<default version>-r<revision>` (`2026.11-r1`), so every result screened
 * with it reports `clinic-2026.11-r1`. Refuses, naming each change at fault (400
 * VALIDATION_FAILED, details `changes.<index>.<field>`): an unknown rule, outcome, window or
 * lowering, a value that is already so, the same value changed twice, and anything the rule-set
 * schema refuses.
 */
export function applyRuleSetChanges(
  base: RuleSet,
  changes: readonly RuleSetChange[],
  revision: number,
): RuleSetRevision {
  const data = structuredClone(base) as RuleSet;
  const applied: Applied[] = [];
  const issues: FieldIssue[] = [];
  const seen = new Map<string, number>();
  changes.forEach((change, index) => {
    const key = targetKey(change);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push(issue(index, '', `changes the same value as change ${earlier + 1}`));
      return;
    }
    seen.set(key, index);
    try {
      applied.push(applyOne(data, change));
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      issues.push(issue(index, error.field, error.message));
    }
  });
  if (issues.length > 0) throw refused(issues);
  data.id = CLINIC_RULE_SET_ID;
  data.version = clinicVersion(base, revision);
  return { ruleSet: validate(data, applied), applied: applied.map((a) => a.applied) };
}
