import {
  activeAcneValues,
  connectiveTissueDiseaseValues,
  diabetesValues,
  findingLevel,
  modality,
  procedureKinds,
  questionIds,
  screeningLevel,
  zoneId,
  type Modality,
  type ProcedureKind,
  type QuestionId,
} from '@corium/contracts';
import { z } from 'zod';

/**
 * The shape of a screening rule set: clinical knowledge as versioned data. Corium ships
 * `corium-default`; a clinic's medical director may change windows, levels and wording in the
 * clinic's own version. The engine interprets this data and hard-codes no window or level, so
 * every rule is built from the small set of condition kinds below.
 */

/** A test on the answers, the patient or the plan. Windows are whole calendar days. */
export type Condition =
  | { kind: 'boolean_true'; question: QuestionId }
  | { kind: 'enum_in'; question: QuestionId; values: string[] }
  | { kind: 'number_between'; question: QuestionId; min: number; max: number }
  /** The answer's date is fewer than `days` days before the treatment (per modality if given). */
  | {
      kind: 'date_within_days';
      question: QuestionId;
      days: number;
      daysByModality?: Partial<Record<Modality, number>>;
    }
  | { kind: 'list_contains'; question: QuestionId; values: string[] }
  /** A listed procedure of one of `kinds` fewer than `days` days before; any time if `days` is absent. */
  | { kind: 'procedure_within_days'; question: QuestionId; kinds: ProcedureKind[]; days?: number }
  /** Age in whole years on the treatment date. */
  | { kind: 'age_below'; years: number }
  | { kind: 'first_session' }
  | { kind: 'any_of'; conditions: Condition[] }
  | { kind: 'all_of'; conditions: Condition[] };

const text = z.string().trim().min(1).max(2000);
const question = z.enum(questionIds as [QuestionId, ...QuestionId[]]);
/** 1 day to 10 years. */
const days = z.number().int().min(1).max(3650);
const mm = z.number().positive().max(10);

export const condition: z.ZodType<Condition, Condition> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('boolean_true'), question }),
    z.strictObject({ kind: z.literal('enum_in'), question, values: z.array(z.string()).min(1) }),
    z.strictObject({ kind: z.literal('number_between'), question, min: z.number(), max: z.number() }),
    z.strictObject({
      kind: z.literal('date_within_days'),
      question,
      days,
      daysByModality: z.partialRecord(modality, days).optional(),
    }),
    z.strictObject({ kind: z.literal('list_contains'), question, values: z.array(text).min(1) }),
    z.strictObject({
      kind: z.literal('procedure_within_days'),
      question,
      kinds: z.array(z.enum(procedureKinds)).min(1),
      days: days.optional(),
    }),
    z.strictObject({ kind: z.literal('age_below'), years: z.number().int().min(1).max(150) }),
    z.strictObject({ kind: z.literal('first_session') }),
    z.strictObject({ kind: z.literal('any_of'), conditions: z.array(condition).min(1) }),
    z.strictObject({ kind: z.literal('all_of'), conditions: z.array(condition).min(1) }),
  ]),
);

/** What each question's answer looks like, so a rule set cannot test a question the wrong way. */
type AnswerShape =
  | { type: 'boolean' | 'date' | 'integer' | 'procedures' | 'codes' }
  | { type: 'enum' | 'date_or_value'; values: readonly string[] };

const answerShapes: Record<QuestionId, AnswerShape> = {
  ...(Object.fromEntries(questionIds.map((id) => [id, { type: 'boolean' }])) as Record<
    QuestionId,
    AnswerShape
  >),
  active_acne: { type: 'enum', values: activeAcneValues },
  diabetes: { type: 'enum', values: diabetesValues },
  connective_tissue_disease: { type: 'enum', values: connectiveTissueDiseaseValues },
  isotretinoin_last_dose: { type: 'date_or_value', values: ['current'] },
  topical_retinoid_last_use: { type: 'date' },
  botulinum_toxin_last_date: { type: 'date' },
  filler_last_date: { type: 'date' },
  recent_procedures: { type: 'procedures' },
  allergies: { type: 'codes' },
  fitzpatrick_type: { type: 'integer' },
};

const acceptedTypes: Partial<Record<Condition['kind'], AnswerShape['type'][]>> = {
  boolean_true: ['boolean'],
  enum_in: ['enum', 'date_or_value'],
  number_between: ['integer'],
  date_within_days: ['date', 'date_or_value'],
  list_contains: ['codes'],
  procedure_within_days: ['procedures'],
};

/** Problems with `c`: a question tested the wrong way, or an enum value no answer can have. */
export function conditionProblems(
  c: Condition,
  path: (string | number)[] = [],
): [string, (string | number)[]][] {
  if (c.kind === 'any_of' || c.kind === 'all_of') {
    return c.conditions.flatMap((child, i) => conditionProblems(child, [...path, 'conditions', i]));
  }
  if (!('question' in c)) return [];
  const shape = answerShapes[c.question];
  if (!acceptedTypes[c.kind]?.includes(shape.type)) {
    return [[`${c.kind} cannot test ${c.question} (a ${shape.type} answer)`, [...path, 'question']]];
  }
  if (c.kind === 'enum_in' && 'values' in shape) {
    const unknown = c.values.filter((v) => !shape.values.includes(v));
    if (unknown.length > 0) return [[`${c.question} is never ${unknown.join(', ')}`, [...path, 'values']]];
  }
  return [];
}

/**
 * Depth caps are also computed without a treatment date (`depthCaps`), so a lowering may not
 * depend on one: no windows, no age.
 */
function datedConditions(c: Condition, path: (string | number)[]): [string, (string | number)[]][] {
  if (c.kind === 'any_of' || c.kind === 'all_of') {
    return c.conditions.flatMap((child, i) => datedConditions(child, [...path, 'conditions', i]));
  }
  const dated = c.kind === 'date_within_days' || c.kind === 'procedure_within_days' || c.kind === 'age_below';
  return dated
    ? [[`A depth lowering cannot use ${c.kind}: caps do not depend on the treatment date`, path]]
    : [];
}

/** The plan a rule applies to: any planned zone in `zones`, or the modality in `modalities`. */
const scope = z
  .strictObject({
    zones: z.array(zoneId).min(1).optional(),
    modalities: z.array(modality).min(1).optional(),
  })
  .refine((s) => s.zones || s.modalities, { message: 'A scope names zones, modalities or both' });

/** Text a finding carries; `evidenceGrade` uses the grades of clinical-reference.md §0. */
const findingText = {
  reason: text,
  patientMessage: text,
  evidenceGrade: z.string().regex(/^[ABCD](\/[ABCD])*$/),
  /** True where the reference flags the rule `UNCONFIRMED` (grade D): review before relying on it. */
  unconfirmed: z.boolean(),
  references: z.array(text),
};

/** Among a rule's matching outcomes the most severe wins; `clear` produces no finding. */
const outcome = z.strictObject({
  when: condition,
  level: screeningLevel,
  reason: text.optional(),
  patientMessage: text.optional(),
});

export const rule = z.strictObject({
  id: z.string().regex(/^[A-Z][A-Z0-9_-]{1,31}$/),
  title: text,
  scope: scope.optional(),
  outcomes: z.array(outcome).min(1),
  ...findingText,
  /** Booking refuses without a prescriber override even though the level is only `warn` (C12, C13). */
  bookingNeedsOverride: z.boolean(),
});
export type Rule = z.output<typeof rule>;
export type RuleInput = z.input<typeof rule>;

/** A lowering of every zone's cap; `lowerWhenUnanswered` errs shallow while the answer is missing. */
const depthLowering = z.strictObject({
  id: z.string().min(1),
  when: condition,
  byMm: mm,
  lowerWhenUnanswered: z.boolean(),
});

const depthPolicy = z.strictObject({
  /** Maximum needle depth per zone, mm, before any lowering. */
  capsMm: z.record(zoneId, mm),
  lowerings: z.array(depthLowering),
  /** No lowering takes a cap below this, mm. */
  floorMm: mm,
  facialZones: z.array(zoneId),
  /** Any facial depth above this needs a prescriber override, whatever the caps say. */
  facialOverrideAboveMm: mm,
  /** The finding raised when the planned depth exceeds a cap (rule id `DEPTH`). */
  override: z.strictObject({ level: findingLevel, ...findingText }),
});

export const ruleSetSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    version: z.string().regex(/^[0-9][0-9a-z.-]*$/),
    description: text,
    /** Questions that must be answered; each missing one is listed in the `INCOMPLETE` finding. */
    requiredQuestions: z.array(question),
    /** `INCOMPLETE` is never `clear`: the outcome cannot be clear while a question is unanswered. */
    incomplete: z.strictObject({ level: findingLevel, ...findingText }),
    rules: z.array(rule).min(1),
    depth: depthPolicy,
  })
  .superRefine((set, ctx) => {
    const seen = new Set(['INCOMPLETE', 'DEPTH']);
    set.rules.forEach((r, i) => {
      if (seen.has(r.id))
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `Duplicate ${r.id}` });
      seen.add(r.id);
      r.outcomes.forEach((o, j) => {
        for (const [message, path] of conditionProblems(o.when, ['rules', i, 'outcomes', j, 'when'])) {
          ctx.addIssue({ code: 'custom', path, message });
        }
      });
    });
    set.depth.lowerings.forEach((l, i) => {
      const path = ['depth', 'lowerings', i, 'when'];
      const problems = [...conditionProblems(l.when, path), ...datedConditions(l.when, path)];
      for (const [message, where] of problems) ctx.addIssue({ code: 'custom', path: where, message });
    });
  });
export type RuleSet = z.output<typeof ruleSetSchema>;
export type RuleSetInput = z.input<typeof ruleSetSchema>;

/** Validates rule-set data at load; a broken rule set stops start-up with the offending path. */
export function parseRuleSet(data: unknown): RuleSet {
  const parsed = ruleSetSchema.safeParse(data);
  if (!parsed.success) throw new Error(`Invalid screening rule set:\n${z.prettifyError(parsed.error)}`);
  return deepFreeze(parsed.data);
}

/** Frozen so that the engine may compile a rule set once and trust it never changes. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
