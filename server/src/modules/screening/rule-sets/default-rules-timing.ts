import { refs } from './references';
import type { RuleInput } from './rule-set.schema';

/**
 * C09–C14: medicines and procedures whose timing matters. Every window counts whole calendar
 * days from the answer's date to the treatment date and fires below `days`: a 14-day window
 * fires for a filler 13 days before and not for one 14 days before.
 */
export const timingRules: RuleInput[] = [
  {
    id: 'C09',
    title: 'Oral isotretinoin',
    outcomes: [
      {
        when: {
          kind: 'any_of',
          conditions: [
            { kind: 'enum_in', question: 'isotretinoin_last_dose', values: ['current'] },
            // 183 days ≈ 6 months, the wait in device labelling.
            { kind: 'date_within_days', question: 'isotretinoin_last_dose', days: 183 },
          ],
        },
        level: 'needs-doctor',
      },
    ],
    reason:
      'Oral isotretinoin taken now or stopped fewer than 183 days (about 6 months) before treatment. Device labelling and many clinics say wait 6 months; a 2017 expert consensus found no good evidence to delay superficial procedures. A clinic policy decision: a prescriber reviews and consent is documented.',
    patientMessage:
      'You are taking, or recently stopped, isotretinoin (a prescription acne tablet). A prescriber will review whether to treat now or wait, and explain why.',
    evidenceGrade: 'B/C',
    unconfirmed: false,
    references: [refs.spring2017, refs.mysore2017, refs.skinPenCareSheets],
    bookingNeedsOverride: false,
  },
  {
    id: 'C10',
    title: 'Topical retinoid',
    outcomes: [
      { when: { kind: 'date_within_days', question: 'topical_retinoid_last_use', days: 5 }, level: 'warn' },
    ],
    reason:
      'Topical retinoid (tretinoin, adapalene, tazarotene, retinol) used fewer than 5 days before treatment: a thinner, more reactive outer skin layer means more irritation and pigment risk. The practitioner acknowledges and adjusts the plan or reschedules.',
    patientMessage:
      'Retinoid creams make skin more sensitive to needling. Please stop them at least 5 days before treatment; your practitioner may adjust the plan.',
    evidenceGrade: 'C/D',
    unconfirmed: false,
    references: [refs.skinPenCareSheets],
    bookingNeedsOverride: false,
  },
  {
    id: 'C11',
    title: 'Recent procedure in the area',
    outcomes: [
      {
        when: {
          kind: 'procedure_within_days',
          question: 'recent_procedures',
          kinds: ['superficial_peel', 'waxing'],
          days: 14,
        },
        level: 'block',
        reason:
          'Superficial peel or waxing fewer than 14 days before treatment: compound injury. Wait at least 2 weeks.',
        patientMessage:
          'Skin needs about two weeks to recover from a peel or waxing before needling, so we will move your appointment.',
      },
      {
        when: {
          kind: 'procedure_within_days',
          question: 'recent_procedures',
          kinds: ['medium_peel', 'ablative_laser', 'nonablative_laser'],
          days: 28,
        },
        level: 'block',
        reason:
          'Medium peel or laser fewer than 28 days before treatment: compound injury and impaired healing. Wait until fully healed and at least 4 weeks.',
        patientMessage:
          'Skin needs at least four weeks, and full healing, after a peel or laser treatment before needling, so we will move your appointment.',
      },
      {
        when: { kind: 'procedure_within_days', question: 'recent_procedures', kinds: ['surgery'], days: 90 },
        level: 'needs-doctor',
        reason:
          "Surgery fewer than 90 days before treatment: treat only after a doctor's review or the surgeon's clearance (3–6 months is usual after facial surgery).",
        patientMessage:
          'After recent surgery a doctor needs to confirm the area has healed enough for needling.',
      },
      {
        // Any time: healing after radiotherapy can stay impaired for long.
        when: { kind: 'procedure_within_days', question: 'recent_procedures', kinds: ['radiotherapy'] },
        level: 'needs-doctor',
        reason:
          'Radiotherapy to the area at any time: healing can be impaired. A physician decides (some clinics wait at least 3 months).',
        patientMessage:
          'Because you have had radiotherapy, a doctor will decide whether and when needling is safe.',
      },
    ],
    reason: 'Recent procedure in the area: compound injury and impaired healing.',
    patientMessage: 'A recent procedure needs time to heal before needling.',
    evidenceGrade: 'C/D',
    unconfirmed: false,
    references: [refs.clinicLists, refs.clinicalJudgement],
    bookingNeedsOverride: false,
  },
  {
    id: 'C12',
    title: 'Botulinum toxin recently',
    outcomes: [
      { when: { kind: 'date_within_days', question: 'botulinum_toxin_last_date', days: 14 }, level: 'warn' },
    ],
    reason:
      'Botulinum toxin fewer than 14 days before treatment. Swelling and pressure from needling could move toxin to unintended muscles and distort dose assessment (mechanistic, not measured). Default: toxin at least 14 days before microneedling; booking needs a prescriber override.',
    patientMessage:
      'Anti-wrinkle injections need about two weeks to settle. Microneedling makes skin swell for a few days, so we keep the two apart to keep the injection where it was placed and to judge results properly.',
    evidenceGrade: 'C',
    unconfirmed: false,
    references: [refs.aad2024, refs.pomerantz2021, refs.prager2013],
    bookingNeedsOverride: true,
  },
  {
    id: 'C13',
    title: 'Dermal filler recently',
    outcomes: [
      {
        when: {
          kind: 'date_within_days',
          question: 'filler_last_date',
          days: 14,
          // RF heat and deeper work swell more: 4 weeks (AAD 2024 guidance).
          daysByModality: { 'rf-microneedling': 28 },
        },
        level: 'warn',
      },
    ],
    reason:
      'Dermal filler fewer than 14 days (28 days for RF microneedling) before treatment: swelling, filler displacement and infection or biofilm concern (consensus, no trial data). Booking needs a prescriber override.',
    patientMessage:
      'Filler needs time to settle before we needle over it: at least two weeks, or four weeks before radiofrequency microneedling. We will plan the dates with you.',
    evidenceGrade: 'C/D',
    unconfirmed: false,
    references: [refs.aad2024],
    bookingNeedsOverride: true,
  },
  {
    id: 'C14',
    title: 'Permanent filler, threads or fat grafting',
    outcomes: [
      { when: { kind: 'boolean_true', question: 'permanent_filler_or_threads' }, level: 'needs-doctor' },
    ],
    reason:
      'Permanent (non-hyaluronic-acid) filler, threads or fat grafting in the area at any time: possible biofilm or granuloma reactivation (clinical judgement, unconfirmed). A doctor reviews.',
    patientMessage:
      'Because you have permanent filler, threads or fat grafting, a doctor will review the plan before we treat that area.',
    evidenceGrade: 'D',
    unconfirmed: true,
    references: [refs.clinicalJudgement],
    bookingNeedsOverride: false,
  },
];
