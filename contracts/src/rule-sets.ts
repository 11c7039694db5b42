import { z } from 'zod';
import { id } from './common';
import { findingLevel, modality, screeningLevel, zoneId } from './screening';

/**
 * A clinic's screening rules as staff read them and the medical director edits them. Each
 * saved edit is a new, immutable rule-set version (`clinic-2026.11-r1`, `-r2` …) recording who
 * changed what, when and why; every screening result names the version that produced it.
 */

/** `clinic-2026.11-r3`: exactly the `ruleSetVersion` a screening result reports. */
export const ruleSetVersionName = z.string().min(1).max(100);

/**
 * A number inside a rule's condition that the medical director may change. `path` locates it
 * from the outcome's condition and never changes between versions, e.g. `days`,
 * `conditions.1.days` (C09's "stopped fewer than 183 days ago"), `daysByModality.rf-microneedling`
 * (C13's longer wait before RF) or `years` (C28's age).
 */
export const ruleWindow = z.object({
  path: z.string(),
  kind: z.enum(['date_within_days', 'procedure_within_days', 'age_below']),
  unit: z.enum(['days', 'years']),
  value: z.number().int(),
  /** What the window counts from, in words: "Botulinum toxin last date", "Medium peel, Laser". */
  subject: z.string(),
  /** Set when this window applies to one modality only; otherwise it applies to every other. */
  modality: modality.optional(),
});
export type RuleWindow = z.infer<typeof ruleWindow>;

export const ruleOutcomeView = z.object({
  /** The outcome's place in the rule, as changes address it (0 = first). */
  index: z.number().int().min(0),
  /** `clear` switches the outcome off: it produces no finding. */
  level: screeningLevel,
  /** When the outcome applies, in words: "Active acne is inflammatory". */
  when: z.string(),
  /** The outcome's own staff reason, when it has one; otherwise the rule's applies. */
  reason: z.string().nullable(),
  windows: z.array(ruleWindow),
});
export type RuleOutcomeView = z.infer<typeof ruleOutcomeView>;

/** The text a finding carries: evidence grades A–D of clinical-reference.md §0. */
const evidence = {
  reason: z.string(),
  evidenceGrade: z.string(),
  /** Grade D knowledge not confirmed in a source: review before relying on it. */
  unconfirmed: z.boolean(),
  references: z.array(z.string()),
};

export const screeningRuleView = z.object({
  id: z.string(),
  title: z.string(),
  /** Applies only to these planned zones or modalities; null = every treatment. */
  scope: z.object({ zones: z.array(zoneId).optional(), modalities: z.array(modality).optional() }).nullable(),
  ...evidence,
  patientMessage: z.string(),
  /** Booking needs a prescriber's override even though the level is only `warn` (C12, C13). */
  bookingNeedsOverride: z.boolean(),
  outcomes: z.array(ruleOutcomeView),
});
export type ScreeningRuleView = z.infer<typeof screeningRuleView>;

export const depthLoweringView = z.object({
  id: z.string(),
  /** When it applies, in words. */
  when: z.string(),
  byMm: z.number(),
  /** Lowers the caps also while the question is unanswered, so not knowing errs shallow. */
  lowerWhenUnanswered: z.boolean(),
});
export type DepthLoweringView = z.infer<typeof depthLoweringView>;

export const ruleSetView = z.object({
  /** The version screenings now report, e.g. `corium-default-2026.11` or `clinic-2026.11-r2`. */
  version: ruleSetVersionName,
  /** 0 for Corium's default, then 1, 2 … for each of the clinic's own versions. */
  revision: z.number().int().min(0),
  /** The version saving changes to this one creates, e.g. `clinic-2026.11-r3` after `-r2`. */
  nextVersion: ruleSetVersionName,
  description: z.string(),
  /** The finding raised while required questions are unanswered; never `clear`. */
  incomplete: z.object({ level: findingLevel, ...evidence }),
  rules: z.array(screeningRuleView),
  depth: z.object({
    /** Maximum needle depth per zone, mm, before lowerings. */
    capsMm: z.partialRecord(zoneId, z.number()),
    lowerings: z.array(depthLoweringView),
    /** No lowering takes a cap below this, mm. */
    floorMm: z.number(),
    /** Any facial depth above this needs a prescriber override, mm. */
    facialOverrideAboveMm: z.number(),
    facialZones: z.array(zoneId),
  }),
});
export type RuleSetView = z.infer<typeof ruleSetView>;

const ruleId = z.string().min(1).max(32);
const outcomeIndex = z.number().int().min(0).max(100);
/** Needle depth in mm; 3.5 mm is beyond any protocol Corium supports (as `plannedTreatment`). */
const depthMm = z.number().positive().max(3.5);

/** One edit. Everything else in the rule set stays as it is in the version it is based on. */
export const ruleSetChange = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('level'), ruleId, outcome: outcomeIndex, level: screeningLevel }),
  /** `value` is in the window's unit: days, or years for an age. */
  z.strictObject({
    kind: z.literal('window'),
    ruleId,
    outcome: outcomeIndex,
    path: z.string().min(1).max(200),
    value: z.number().int().min(1).max(3650),
  }),
  z.strictObject({ kind: z.literal('incomplete_level'), level: findingLevel }),
  z.strictObject({ kind: z.literal('depth_cap'), zone: zoneId, mm: depthMm }),
  z.strictObject({ kind: z.literal('depth_floor'), mm: depthMm }),
  z.strictObject({ kind: z.literal('depth_lowering'), loweringId: z.string().min(1).max(64), mm: depthMm }),
]);
export type RuleSetChange = z.infer<typeof ruleSetChange>;

/**
 * A new version. `basedOn` is the version the editor was looking at: if someone saved another
 * version since, the server refuses (CONFLICT) rather than silently undo their change.
 */
export const ruleSetChangeRequest = z.strictObject({
  basedOn: ruleSetVersionName,
  reason: z.string().trim().min(10, 'Say why in a sentence').max(2000),
  changes: z.array(ruleSetChange).min(1, 'Change at least one rule').max(200),
});
export type RuleSetChangeRequest = z.input<typeof ruleSetChangeRequest>;

/** A change as it was applied, with the value before and after. */
export const appliedRuleSetChange = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('level'),
    ruleId: z.string(),
    ruleTitle: z.string(),
    outcome: z.number().int(),
    before: screeningLevel,
    after: screeningLevel,
  }),
  z.object({
    kind: z.literal('window'),
    ruleId: z.string(),
    ruleTitle: z.string(),
    outcome: z.number().int(),
    path: z.string(),
    subject: z.string(),
    unit: z.enum(['days', 'years']),
    before: z.number(),
    after: z.number(),
  }),
  z.object({ kind: z.literal('incomplete_level'), before: findingLevel, after: findingLevel }),
  z.object({ kind: z.literal('depth_cap'), zone: zoneId, before: z.number(), after: z.number() }),
  z.object({ kind: z.literal('depth_floor'), before: z.number(), after: z.number() }),
  z.object({
    kind: z.literal('depth_lowering'),
    loweringId: z.string(),
    before: z.number(),
    after: z.number(),
  }),
]);
export type AppliedRuleSetChange = z.infer<typeof appliedRuleSetChange>;

/**
 * One version in the clinic's history. The origin is Corium's default: revision 0, with no
 * `basedOn`, author or time, and no changes.
 */
export const ruleSetVersionEntry = z.object({
  version: ruleSetVersionName,
  revision: z.number().int().min(0),
  basedOn: ruleSetVersionName.nullable(),
  reason: z.string(),
  changes: z.array(appliedRuleSetChange),
  changedBy: z.object({ id, displayName: z.string() }).nullable(),
  changedAt: z.iso.datetime().nullable(),
});
export type RuleSetVersionEntry = z.infer<typeof ruleSetVersionEntry>;

/** Newest first; the last entry is Corium's default the clinic started from. */
export const ruleSetVersionList = z.object({ versions: z.array(ruleSetVersionEntry) });
export type RuleSetVersionList = z.infer<typeof ruleSetVersionList>;
