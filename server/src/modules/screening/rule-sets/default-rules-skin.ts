import { refs } from './references';
import type { RuleInput } from './rule-set.schema';

/** C01–C08: the state of the skin to be treated (clinical-reference.md §3). */
export const skinRules: RuleInput[] = [
  {
    id: 'C01',
    title: 'Active skin infection',
    outcomes: [{ when: { kind: 'boolean_true', question: 'active_skin_infection' }, level: 'block' }],
    reason:
      'Active skin infection in or near the area (impetigo, folliculitis, fungal infection, warts, molluscum). Needles can spread or inoculate organisms; active infection is a documented risk factor. Do not treat until clinically resolved (the reference suggests a further 7 days).',
    patientMessage:
      'We cannot treat while there is a skin infection in or near the area, because needling could spread it. We will rebook you once it has fully cleared.',
    evidenceGrade: 'A/C',
    unconfirmed: false,
    references: [refs.chu2021, refs.skinPenContraindications],
    bookingNeedsOverride: false,
  },
  {
    id: 'C02',
    title: 'Active cold sore or shingles',
    outcomes: [{ when: { kind: 'boolean_true', question: 'active_cold_sore' }, level: 'block' }],
    reason:
      'Active herpes simplex (cold sore or prodromal tingling) or shingles in the area: viral shedding, spread and scarring. Reschedule until the lesions are fully crusted and healed.',
    patientMessage:
      'We cannot treat while you have a cold sore (or the tingling that comes before one) or shingles, because needling could spread the virus. We will rebook you once it has fully healed.',
    evidenceGrade: 'C',
    unconfirmed: false,
    references: [refs.king2017, refs.cmac2021],
    bookingNeedsOverride: false,
  },
  {
    id: 'C03',
    title: 'History of cold sores (antiviral prophylaxis)',
    // Needling near the mouth or nose, or RF heat anywhere, can reactivate HSV.
    scope: { zones: ['perioral', 'upper_lip', 'nose'], modalities: ['rf-microneedling'] },
    outcomes: [{ when: { kind: 'boolean_true', question: 'herpes_history' }, level: 'needs-doctor' }],
    reason:
      'History of facial herpes simplex with treatment near the mouth or nose, or RF microneedling. Needling can reactivate HSV (3 episodes after microneedling in a melasma trial). A prescriber considers antiviral prophylaxis from the day before or the morning of treatment; the microneedling-specific duration is not established (resurfacing trials used valaciclovir for 10–14 days).',
    patientMessage:
      'Because you have had cold sores, treatment near the mouth or nose (or with radiofrequency) can bring one on. A prescriber will review this and may give you an antiviral medicine to start before your appointment.',
    evidenceGrade: 'B/C',
    unconfirmed: false,
    references: [refs.gilbert2000, refs.cassiano2020, refs.cmac2021],
    bookingNeedsOverride: false,
  },
  {
    id: 'C04',
    title: 'Open wounds, irritated skin or sunburn',
    outcomes: [{ when: { kind: 'boolean_true', question: 'open_wounds_or_sunburn' }, level: 'block' }],
    reason:
      'Open wounds, eroded or irritated skin, or sunburn in the area: the skin barrier is already disrupted and pigment risk is higher. Wait until healed; after sunburn until there is no redness or peeling (at least 7 days; some clinics wait 2 weeks).',
    patientMessage:
      'We cannot treat over broken, irritated or sunburnt skin. We will rebook you once it has healed and any redness or peeling has gone.',
    evidenceGrade: 'C',
    unconfirmed: false,
    references: [refs.skinPenCareSheets, refs.clinicLists],
    bookingNeedsOverride: false,
  },
  {
    id: 'C05',
    title: 'Active acne',
    outcomes: [
      { when: { kind: 'enum_in', question: 'active_acne', values: ['inflammatory'] }, level: 'block' },
      {
        when: { kind: 'enum_in', question: 'active_acne', values: ['comedonal'] },
        level: 'warn',
        reason:
          'Comedonal acne only (blackheads and whiteheads): the practitioner acknowledges, avoids needling over lesions and adjusts the plan.',
        patientMessage:
          'You have some blackheads or whiteheads. Treatment can usually go ahead, and your practitioner will work around them.',
      },
    ],
    reason:
      'Active inflammatory acne (papules, pustules, nodules or cysts) in the area: spread of bacteria, flare and post-inflammatory hyperpigmentation. Treat once controlled (RF microneedling for active acne only under a physician protocol).',
    patientMessage:
      'Inflamed spots need to settle before we needle the area, to avoid spreading bacteria or leaving dark marks. We will help you get them under control first.',
    evidenceGrade: 'C',
    unconfirmed: false,
    references: [refs.skinPenCareSheets, refs.tan2021],
    bookingNeedsOverride: false,
  },
  {
    id: 'C06',
    title: 'Flaring skin disease in the area',
    outcomes: [{ when: { kind: 'boolean_true', question: 'skin_disease_flare' }, level: 'block' }],
    reason:
      'Flaring eczema, psoriasis, seborrhoeic dermatitis, rosacea or active vitiligo in the area: barrier disease, and injured skin can grow new lesions (Koebner phenomenon, clinical judgement). Wait until quiescent.',
    patientMessage:
      'A flare of a skin condition in the area needs to settle first, because needling inflamed skin can make it worse. We will rebook you once it has calmed down.',
    evidenceGrade: 'C/D',
    unconfirmed: false,
    references: [refs.clinicLists, refs.clinicalJudgement],
    bookingNeedsOverride: false,
  },
  {
    id: 'C07',
    title: 'Changing mole or skin cancer',
    outcomes: [
      { when: { kind: 'boolean_true', question: 'changing_mole_or_skin_cancer' }, level: 'needs-doctor' },
    ],
    reason:
      'Suspicious, changing or raised pigmented lesion, or known skin cancer or actinic keratoses in the area. A malignancy must not be disturbed or masked: a doctor reviews first, and no lesion is needled until it is diagnosed or treated.',
    patientMessage:
      'A doctor needs to check the mole or skin change you told us about before treatment. We never needle over a mark that has not been checked.',
    evidenceGrade: 'C',
    unconfirmed: false,
    references: [refs.skinPenContraindications, refs.clinicLists],
    bookingNeedsOverride: false,
  },
  {
    id: 'C08',
    title: 'Keloid or hypertrophic scarring',
    outcomes: [{ when: { kind: 'boolean_true', question: 'keloid_history' }, level: 'needs-doctor' }],
    reason:
      'Keloid or hypertrophic scar tendency (personal or strong family history). The concern is consensus, and the evidence is mixed (microneedling is also used on such scars). A doctor reviews before the first session; consider a test patch and up to 3 months of observation.',
    patientMessage:
      'Because you tend to form raised scars, a doctor will review your plan first and may suggest a small test area before a full treatment.',
    evidenceGrade: 'C/D',
    unconfirmed: false,
    references: [refs.clinicLists, refs.juhasz2020, refs.keloidQa],
    bookingNeedsOverride: false,
  },
];
