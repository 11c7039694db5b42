import {
  clearIntakeAnswers,
  type IntakeAnswers,
  type PlannedTreatment,
  type QuestionId,
  type ScreeningResult,
} from '@corium/contracts';
import { defaultRuleSet } from '../rule-sets/default-rule-set';
import type { RuleSet } from '../rule-sets/rule-set.schema';
import { evaluate, type ScreenedPatient } from './evaluate';

/** Shared by the screening tests: an unremarkable history, an adult, a plain plan. */

/** The clear history with `questions` left unanswered. */
export function without(...questions: QuestionId[]): IntakeAnswers {
  const answers: IntakeAnswers = { ...clearIntakeAnswers };
  for (const question of questions) delete answers[question];
  return answers;
}

export const treatmentDate = '2026-11-25';

/** A returning adult, so no lowering applies by default. */
export const adult: ScreenedPatient = { dateOfBirth: '1990-05-14', isFirstSession: false };

export function plan(changes: Partial<PlannedTreatment> = {}): PlannedTreatment {
  return { date: treatmentDate, modality: 'microneedling', zones: ['cheeks'], maxDepthMm: 1.0, ...changes };
}

/** The calendar date `days` days before `date` (UTC arithmetic, like the engine). */
export function daysBefore(days: number, date = treatmentDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

export interface ScreenOptions {
  plan?: Partial<PlannedTreatment>;
  patient?: Partial<ScreenedPatient>;
  ruleSet?: RuleSet;
}

/** Screens the clear history with `changes` applied. */
export function screen(changes: Partial<IntakeAnswers>, options: ScreenOptions = {}): ScreeningResult {
  return evaluate(
    options.ruleSet ?? defaultRuleSet,
    { ...clearIntakeAnswers, ...changes },
    { ...adult, ...options.patient },
    plan(options.plan),
  );
}

/** The level a rule reported, `clear` when it reported nothing. */
export function levelOf(result: ScreeningResult, ruleId: string): string {
  return result.findings.find((finding) => finding.ruleId === ruleId)?.level ?? 'clear';
}

export const ruleIds = (result: ScreeningResult): string[] =>
  result.findings.map((finding) => finding.ruleId);
