import { useMemo, useState } from 'react';
import type {
  AppliedRuleSetChange,
  FindingLevel,
  RuleSetView,
  ScreeningLevel,
  ZoneId,
} from '@corium/contracts';
import {
  countProblems,
  levelKey,
  noEdits,
  pendingChanges,
  windowKey,
  type NumberValue,
  type RuleEdits,
} from './rule-edits';

export interface RuleEditor {
  edits: RuleEdits;
  /** What differs from the loaded rules, with before and after, in page order. */
  changes: AppliedRuleSetChange[];
  /** Edited fields the server would refuse (empty, out of range). */
  problems: number;
  setLevel: (ruleId: string, outcome: number, level: ScreeningLevel) => void;
  setWindow: (ruleId: string, outcome: number, path: string, value: NumberValue) => void;
  setIncompleteLevel: (level: FindingLevel) => void;
  setCap: (zone: ZoneId, mm: NumberValue) => void;
  setFloor: (mm: NumberValue) => void;
  setLowering: (id: string, mm: NumberValue) => void;
  discard: () => void;
}

/** NumberInput reports a cleared or half-typed field as a string; keep only numbers or ''. */
const asNumber = (value: NumberValue | string): NumberValue =>
  typeof value === 'number' ? value : value.trim() === '' || Number.isNaN(Number(value)) ? '' : Number(value);

/** The medical director's unsaved edits of `view`; they start empty for each loaded version. */
export function useRuleEditor(view: RuleSetView): RuleEditor {
  const [edits, setEdits] = useState<RuleEdits>(noEdits);
  const changes = useMemo(() => pendingChanges(view, edits), [view, edits]);
  const problems = useMemo(() => countProblems(view, edits), [view, edits]);
  return {
    edits,
    changes,
    problems,
    setLevel: (ruleId, outcome, level) =>
      setEdits((e) => ({ ...e, levels: { ...e.levels, [levelKey(ruleId, outcome)]: level } })),
    setWindow: (ruleId, outcome, path, value) =>
      setEdits((e) => ({
        ...e,
        windows: { ...e.windows, [windowKey(ruleId, outcome, path)]: asNumber(value) },
      })),
    setIncompleteLevel: (level) => setEdits((e) => ({ ...e, incompleteLevel: level })),
    setCap: (zone, mm) => setEdits((e) => ({ ...e, caps: { ...e.caps, [zone]: asNumber(mm) } })),
    setFloor: (mm) => setEdits((e) => ({ ...e, floor: asNumber(mm) })),
    setLowering: (id, mm) => setEdits((e) => ({ ...e, lowerings: { ...e.lowerings, [id]: asNumber(mm) } })),
    discard: () => setEdits(noEdits),
  };
}
