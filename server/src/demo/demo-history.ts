import { clearIntakeAnswers } from '@corium/contracts';

/**
 * Medical-history answers keyed by the canonical ids of shared/domain/intake-questions.md.
 * Most demo patients have an unremarkable history; a deterministic few carry the findings a
 * clinic meets every week, so that screening has something real to show.
 */
export type Answers = Record<string, unknown>;

/** A finding expressed as the answers that produce it; dates are days before `today`. */
type Variation = (daysAgo: (days: number) => string) => Answers;

const variations: Variation[] = [
  () => ({ herpes_history: true }),
  (ago) => ({ isotretinoin_last_dose: ago(90) }),
  () => ({ anticoagulants: true }),
  () => ({ active_acne: 'comedonal' }),
  () => ({ melasma_or_pih_history: true }),
  (ago) => ({ topical_retinoid_last_use: ago(2) }),
  () => ({ pregnant_or_breastfeeding: true }),
  (ago) => ({ botulinum_toxin_last_date: ago(7) }),
  () => ({ allergies: ['lidocaine'] }),
  () => ({ diabetes: 'controlled' }),
  (ago) => ({ recent_procedures: [{ kind: 'superficial_peel', date: ago(10) }] }),
  () => ({ keloid_history: true }),
];

/** Patient n's answers: every third patient has one finding, the others a clear history. */
export function demoHistory(n: number, fitzpatrickType: number, daysAgo: (days: number) => string): Answers {
  const variation = n % 3 === 0 ? variations[(n / 3) % variations.length] : undefined;
  return {
    ...clearIntakeAnswers,
    fitzpatrick_type: fitzpatrickType,
    ...(variation ? variation(daysAgo) : {}),
  };
}

/** Whether patient n's history says pregnant or breastfeeding, so that the demo makes them female. */
export function historyImpliesFemale(n: number): boolean {
  return demoHistory(n, 1, () => '2000-01-01').pregnant_or_breastfeeding === true;
}
