import type { Modality, OtherTreatmentKind, ZoneId } from '@corium/contracts';
import { daysBetween } from './wall-clock';

/**
 * How other aesthetic treatments space around a microneedling session in the same region, as
 * data (issue 6; screening rules C12/C13 in clinical-reference.md §3, the toxin table in §6,
 * peels and lasers in the combination table of §5):
 * - toxin ≥ 14 days before needling (RF too; a clinic may choose 28), or ≥ 7 days after
 *   standard needling and ≥ 14 after RF/deep work; same day only with a prescriber's override,
 *   needling first;
 * - filler ≥ 14 days before standard needling, ≥ 28 before RF; ≥ 14 days after either;
 * - a chemical peel or laser within 14 days either side warns: separate by 2–4 weeks (level D).
 * `refuse` rules refuse the booking (409 SPACING_TOO_CLOSE) unless a prescriber overrides.
 */
export interface OtherTreatmentRule {
  ruleId: string;
  level: 'refuse' | 'warn';
  /** Whole days the treatment must come before the needling. */
  daysBefore: Record<Modality, number>;
  /** Whole days the treatment must come after the needling. */
  daysAfter: Record<Modality, number>;
  /** What the booking is told when an override lets a same-day visit through. */
  sameDayAdvice?: string;
  name: string;
}

export const OTHER_TREATMENT_RULES: Partial<Record<OtherTreatmentKind, OtherTreatmentRule>> = {
  botulinum_toxin: {
    ruleId: 'C12',
    level: 'refuse',
    daysBefore: { microneedling: 14, 'rf-microneedling': 14 },
    daysAfter: { microneedling: 7, 'rf-microneedling': 14 },
    sameDayAdvice:
      'Toxin on the same day: needle first, avoid needling over the planned injection points, then inject; no rubbing or pressure on the injected sites for the rest of the day',
    name: 'botulinum toxin',
  },
  dermal_filler: {
    ruleId: 'C13',
    level: 'refuse',
    daysBefore: { microneedling: 14, 'rf-microneedling': 28 },
    daysAfter: { microneedling: 14, 'rf-microneedling': 14 },
    name: 'dermal filler',
  },
  chemical_peel: {
    ruleId: 'peel-laser-14d',
    level: 'warn',
    daysBefore: { microneedling: 14, 'rf-microneedling': 14 },
    daysAfter: { microneedling: 14, 'rf-microneedling': 14 },
    name: 'chemical peel',
  },
  laser: {
    ruleId: 'peel-laser-14d',
    level: 'warn',
    daysBefore: { microneedling: 14, 'rf-microneedling': 14 },
    daysAfter: { microneedling: 14, 'rf-microneedling': 14 },
    name: 'laser treatment',
  },
};

/** A current (not superseded) record of another treatment. */
export interface RecordedTreatment {
  id: string;
  kind: OtherTreatmentKind;
  date: string;
  zones: readonly ZoneId[];
}

export interface PlannedNeedling {
  date: string;
  modality: Modality;
  zones: readonly ZoneId[];
}

export interface OtherTreatmentFinding {
  otherTreatmentId: string;
  kind: OtherTreatmentKind;
  ruleId: string;
  level: 'refuse' | 'warn';
  date: string;
  /** Zones both treat. */
  zones: ZoneId[];
  /** Days from the other treatment to the needling: positive when the treatment came first. */
  days: number;
  minimumDays: number;
  message: string;
  sameDayAdvice?: string;
}

function wording(rule: OtherTreatmentRule, days: number, minimumDays: number): string {
  if (days === 0) return `The ${rule.name} is on the same day as the needling`;
  const when = days > 0 ? 'before' : 'after';
  const apart = Math.abs(days);
  return `The ${rule.name} is ${apart} day${apart === 1 ? '' : 's'} ${when} the needling in the same region; at least ${minimumDays} are advised`;
}

/** Each recorded treatment too close to the planned needling in a region both touch. */
export function otherTreatmentFindings(
  planned: PlannedNeedling,
  recorded: readonly RecordedTreatment[],
): OtherTreatmentFinding[] {
  return recorded.flatMap((treatment) => {
    const rule = OTHER_TREATMENT_RULES[treatment.kind];
    const zones = treatment.zones.filter((z) => planned.zones.includes(z));
    if (!rule || zones.length === 0) return [];
    const days = daysBetween(treatment.date, planned.date);
    const minimumDays = days >= 0 ? rule.daysBefore[planned.modality] : rule.daysAfter[planned.modality];
    if (Math.abs(days) >= minimumDays) return [];
    const finding: OtherTreatmentFinding = {
      otherTreatmentId: treatment.id,
      kind: treatment.kind,
      ruleId: rule.ruleId,
      level: rule.level,
      date: treatment.date,
      zones,
      days,
      minimumDays,
      message: wording(rule, days, minimumDays),
    };
    return [days === 0 && rule.sameDayAdvice ? { ...finding, sameDayAdvice: rule.sameDayAdvice } : finding];
  });
}
