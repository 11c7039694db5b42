import { medicalRules } from './default-rules-medical';
import { planRules } from './default-rules-plan';
import { skinRules } from './default-rules-skin';
import { timingRules } from './default-rules-timing';
import { refs } from './references';
import { parseRuleSet, type RuleSet, type RuleSetInput } from './rule-set.schema';

/**
 * The rule set Corium ships: shared/domain/intake-questions.md and clinical-reference.md §3
 * as data. A clinic's medical director edits a copy (new id/version); results record the
 * version that produced them. Bump `version` whenever any window, level or text changes.
 */
export const defaultRuleSetData: RuleSetInput = {
  id: 'corium-default',
  version: '2026.11',
  description:
    'Corium default contraindication rules C01–C31 with the default depth caps (intake-questions.md, clinical-reference.md §3).',
  // Every canonical question except `expectations_concern`. That one is the clinician's
  // judgement entered after the consultation, not history the patient gives: requiring it
  // would make every intake filled in before the consultation "needs-doctor", although the
  // rule itself never goes above `warn`. A clinic that screens only after consultation may add it.
  requiredQuestions: [
    'active_skin_infection',
    'active_cold_sore',
    'herpes_history',
    'open_wounds_or_sunburn',
    'active_acne',
    'skin_disease_flare',
    'changing_mole_or_skin_cancer',
    'keloid_history',
    'isotretinoin_last_dose',
    'topical_retinoid_last_use',
    'recent_procedures',
    'botulinum_toxin_last_date',
    'filler_last_date',
    'permanent_filler_or_threads',
    'bleeding_disorder',
    'anticoagulants',
    'bleeding_supplements',
    'immunosuppressed',
    'diabetes',
    'connective_tissue_disease',
    'pregnant_or_breastfeeding',
    'allergies',
    'granuloma_history',
    'fitzpatrick_type',
    'melasma_or_pih_history',
    'recent_sun_or_self_tan',
    'tattoo_in_area',
    'implanted_electronic_device',
    'home_microneedling_recent',
  ],
  incomplete: {
    level: 'needs-doctor',
    reason:
      'Incomplete history: required questions are unanswered, so contraindications cannot be ruled out.',
    patientMessage:
      'Some questions in your medical history have not been answered yet. Please complete them, or go through them with us, before treatment.',
    evidenceGrade: 'C',
    unconfirmed: false,
    references: [refs.chu2021],
  },
  rules: [...skinRules, ...timingRules, ...medicalRules, ...planRules],
  depth: {
    // Pen settings for microneedling (clinical-reference.md §2.3); RF uses the same caps until
    // the medical director sets device-specific ones.
    capsMm: {
      periorbital: 0.5,
      forehead: 1.5,
      temples: 1.5,
      nose: 2.0,
      upper_lip: 1.5,
      perioral: 1.5,
      cheeks: 2.0,
      chin: 2.0,
      jawline: 2.0,
      neck: 1.0,
      decolletage: 1.0,
      dorsal_hands: 0.5,
      abdomen: 2.5,
      thighs: 2.5,
      buttocks: 2.5,
      upper_arms: 2.0,
      scalp: 1.5,
    },
    // Each applies once: Fitzpatrick V, melasma and a first session take cheeks 2.0 → 1.25 mm.
    lowerings: [
      {
        id: 'fitzpatrick_4_to_6',
        when: { kind: 'number_between', question: 'fitzpatrick_type', min: 4, max: 6 },
        byMm: 0.25,
        lowerWhenUnanswered: true,
      },
      {
        id: 'melasma_or_pih_history',
        when: { kind: 'boolean_true', question: 'melasma_or_pih_history' },
        byMm: 0.25,
        lowerWhenUnanswered: true,
      },
      { id: 'first_session', when: { kind: 'first_session' }, byMm: 0.25, lowerWhenUnanswered: true },
    ],
    // periorbital 0.5 with all three lowerings would be -0.25; it stops at 0.25 mm.
    floorMm: 0.25,
    facialZones: [
      'forehead',
      'temples',
      'periorbital',
      'nose',
      'cheeks',
      'upper_lip',
      'perioral',
      'chin',
      'jawline',
    ],
    facialOverrideAboveMm: 2.0,
    override: {
      level: 'needs-doctor',
      reason:
        "Planned depth is above a zone's maximum (lowered for Fitzpatrick IV–VI, melasma or PIH history and a first session) or above 2.0 mm on the face: a prescriber override is needed.",
      patientMessage:
        'The depth planned for part of your treatment is deeper than our standard limit, so a prescriber needs to approve it first.',
      evidenceGrade: 'C/D',
      unconfirmed: false,
      references: [refs.hou2017, refs.harris2015, refs.shauly2023],
    },
  },
};

/** Validated once at load: a broken default stops start-up rather than screening wrongly. */
export const defaultRuleSet: RuleSet = parseRuleSet(defaultRuleSetData);
