/**
 * Medical-history answers keyed by the canonical ids of shared/domain/intake-questions.md.
 * Most demo patients have an unremarkable history; a deterministic few carry the findings a
 * clinic meets every week, so that screening has something real to show.
 */
export type Answers = Record<string, unknown>;

const clearHistory: Answers = {
  active_skin_infection: false,
  active_cold_sore: false,
  herpes_history: false,
  open_wounds_or_sunburn: false,
  active_acne: 'none',
  skin_disease_flare: false,
  changing_mole_or_skin_cancer: false,
  keloid_history: false,
  isotretinoin_last_dose: null,
  topical_retinoid_last_use: null,
  recent_procedures: [],
  botulinum_toxin_last_date: null,
  filler_last_date: null,
  permanent_filler_or_threads: false,
  bleeding_disorder: false,
  anticoagulants: false,
  bleeding_supplements: false,
  immunosuppressed: false,
  diabetes: 'none',
  connective_tissue_disease: 'none',
  pregnant_or_breastfeeding: false,
  allergies: [],
  granuloma_history: false,
  melasma_or_pih_history: false,
  recent_sun_or_self_tan: false,
  tattoo_in_area: false,
  implanted_electronic_device: false,
  expectations_concern: false,
  home_microneedling_recent: false,
};

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
  return { ...clearHistory, fitzpatrick_type: fitzpatrickType, ...(variation ? variation(daysAgo) : {}) };
}

/** Whether patient n's history says pregnant or breastfeeding, so that the demo makes them female. */
export function historyImpliesFemale(n: number): boolean {
  return demoHistory(n, 1, () => '2000-01-01').pregnant_or_breastfeeding === true;
}
