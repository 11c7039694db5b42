import { concernCodes } from '../patients';
import type { ConcernCode } from './concern-page';
import type { Claim, EvidenceGrade } from './types';

/**
 * One row of "Your options compared" (section 8.1 of the clinical reference) with its grades
 * per concern (section 8.2). Where the reference gives two letters ("B/C", "C/D") the row keeps
 * the lower one; "B−" is shown as B. `null` means no evidence was found.
 */
export interface TreatmentOption {
  id: string;
  name: string;
  evidence: Claim;
  downtime: Claim;
  /** Upper end of the usual downtime in days, for sorting (0 = none). */
  downtimeDays: number;
  course: Claim;
  cost: Claim;
  /** The lowest figure of the indicative US range, for sorting; per session, device or month as the text says. */
  costFromUsd: number;
  risks: Claim;
  avoidWhen: Claim;
  grades: Record<ConcernCode, EvidenceGrade | null>;
}

type Grade = EvidenceGrade | null;

/** Grades in the order of `concernCodes`: acne scars, uneven tone, texture, pigmentation, pores, sunspots, stretch marks, wrinkles, fine lines, melasma. */
/* #__NO_SIDE_EFFECTS__ */
export function gradesOf(
  list: readonly [Grade, Grade, Grade, Grade, Grade, Grade, Grade, Grade, Grade, Grade],
): Record<ConcernCode, Grade> {
  return Object.fromEntries(concernCodes.map((code, i) => [code, list[i] ?? null])) as Record<
    ConcernCode,
    Grade
  >;
}
