import type {
  AppliedRuleSetChange,
  FindingLevel,
  RuleSetChange,
  RuleSetView,
  RuleWindow,
  ScreeningLevel,
  ZoneId,
} from '@corium/contracts';

/**
 * The medical director's unsaved edits, kept apart from the rules as loaded so that what
 * changed can be shown, listed and sent as changes. Pure: no React, no requests.
 */

/** A number field as typed: empty while cleared. */
export type NumberValue = number | '';

export interface RuleEdits {
  /** By `levelKey`. */
  levels: Record<string, ScreeningLevel>;
  /** By `windowKey`. */
  windows: Record<string, NumberValue>;
  incompleteLevel?: FindingLevel;
  caps: Partial<Record<ZoneId, NumberValue>>;
  floor?: NumberValue;
  /** By lowering id. */
  lowerings: Record<string, NumberValue>;
}

export const noEdits: RuleEdits = { levels: {}, windows: {}, caps: {}, lowerings: {} };

export const levelKey = (ruleId: string, outcome: number): string => `${ruleId}/${outcome}`;
export const windowKey = (ruleId: string, outcome: number, path: string): string =>
  `${ruleId}/${outcome}/${path}`;

/** Limits of the contract: windows 1 day to 10 years, ages up to 150, depths 0.01–3.5 mm. */
export function windowProblem(window: Pick<RuleWindow, 'unit'>, value: NumberValue): string | null {
  const max = window.unit === 'years' ? 150 : 3650;
  if (value === '') return `Enter a number of ${window.unit}`;
  if (!Number.isInteger(value) || value < 1 || value > max) return `Whole ${window.unit} from 1 to ${max}`;
  return null;
}

export function depthProblem(value: NumberValue): string | null {
  if (value === '') return 'Enter a depth in mm';
  if (value <= 0 || value > 3.5) return 'From 0.01 to 3.5 mm';
  return Math.abs(Math.round(value * 100) - value * 100) > 1e-6 ? 'At most two decimal places' : null;
}

/** A window edit as it would be applied, or null when it is unchanged or not a valid number. */
function windowChanges(view: RuleSetView, edits: RuleEdits): AppliedRuleSetChange[] {
  return view.rules.flatMap((rule) =>
    rule.outcomes.flatMap((outcome) =>
      outcome.windows.flatMap((window): AppliedRuleSetChange[] => {
        const value = edits.windows[windowKey(rule.id, outcome.index, window.path)];
        if (value === undefined || value === '' || value === window.value) return [];
        const { path, subject, unit } = window;
        const where = { ruleId: rule.id, ruleTitle: rule.title, outcome: outcome.index };
        return [{ kind: 'window', ...where, path, subject, unit, before: window.value, after: value }];
      }),
    ),
  );
}

function levelChanges(view: RuleSetView, edits: RuleEdits): AppliedRuleSetChange[] {
  return view.rules.flatMap((rule) =>
    rule.outcomes.flatMap((outcome): AppliedRuleSetChange[] => {
      const level = edits.levels[levelKey(rule.id, outcome.index)];
      if (level === undefined || level === outcome.level) return [];
      const where = { ruleId: rule.id, ruleTitle: rule.title, outcome: outcome.index };
      return [{ kind: 'level', ...where, before: outcome.level, after: level }];
    }),
  );
}

const changedNumber = (value: NumberValue | undefined, before: number): value is number =>
  value !== undefined && value !== '' && value !== before;

function depthChanges(view: RuleSetView, edits: RuleEdits): AppliedRuleSetChange[] {
  const { depth } = view;
  const changes: AppliedRuleSetChange[] = [];
  for (const [zone, before] of Object.entries(depth.capsMm) as [ZoneId, number][]) {
    const after = edits.caps[zone];
    if (changedNumber(after, before)) changes.push({ kind: 'depth_cap', zone, before, after });
  }
  if (changedNumber(edits.floor, depth.floorMm))
    changes.push({ kind: 'depth_floor', before: depth.floorMm, after: edits.floor });
  for (const lowering of depth.lowerings) {
    const after = edits.lowerings[lowering.id];
    if (changedNumber(after, lowering.byMm))
      changes.push({ kind: 'depth_lowering', loweringId: lowering.id, before: lowering.byMm, after });
  }
  return changes;
}

/** Every edit that differs from the rules as loaded, with before and after, in page order. */
export function pendingChanges(view: RuleSetView, edits: RuleEdits): AppliedRuleSetChange[] {
  const incomplete: AppliedRuleSetChange[] =
    edits.incompleteLevel && edits.incompleteLevel !== view.incomplete.level
      ? [{ kind: 'incomplete_level', before: view.incomplete.level, after: edits.incompleteLevel }]
      : [];
  const byRule = [...levelChanges(view, edits), ...windowChanges(view, edits)];
  const order = new Map(view.rules.map((rule, i) => [rule.id, i]));
  const rank = (change: AppliedRuleSetChange) =>
    'ruleId' in change ? (order.get(change.ruleId) ?? 0) * 1000 + change.outcome : 0;
  byRule.sort((a, b) => rank(a) - rank(b));
  return [...incomplete, ...byRule, ...depthChanges(view, edits)];
}

/** The request's form of a pending change. */
export function toRequestChange(change: AppliedRuleSetChange): RuleSetChange {
  switch (change.kind) {
    case 'level':
      return { kind: 'level', ruleId: change.ruleId, outcome: change.outcome, level: change.after };
    case 'window':
      return {
        kind: 'window',
        ruleId: change.ruleId,
        outcome: change.outcome,
        path: change.path,
        value: change.after,
      };
    case 'incomplete_level':
      return { kind: 'incomplete_level', level: change.after };
    case 'depth_cap':
      return { kind: 'depth_cap', zone: change.zone, mm: change.after };
    case 'depth_floor':
      return { kind: 'depth_floor', mm: change.after };
    case 'depth_lowering':
      return { kind: 'depth_lowering', loweringId: change.loweringId, mm: change.after };
  }
}

/** How many edited fields hold something the server would refuse (empty or out of range). */
export function countProblems(view: RuleSetView, edits: RuleEdits): number {
  const windows = view.rules.flatMap((rule) =>
    rule.outcomes.flatMap((outcome) =>
      outcome.windows.map((window) => {
        const value = edits.windows[windowKey(rule.id, outcome.index, window.path)];
        return value === undefined ? null : windowProblem(window, value);
      }),
    ),
  );
  const depths = [...Object.values(edits.caps), ...Object.values(edits.lowerings), edits.floor]
    .filter((value) => value !== undefined)
    .map(depthProblem);
  return [...windows, ...depths].filter((problem) => problem !== null).length;
}
