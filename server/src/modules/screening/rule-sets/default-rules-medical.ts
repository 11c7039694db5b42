import { refs } from './references';
import type { RuleInput } from './rule-set.schema';

/** C15–C23: general medical history (clinical-reference.md §3). */
export const medicalRules: RuleInput[] = [
  {
    id: 'C15',
    title: 'Bleeding disorder',
    outcomes: [{ when: { kind: 'boolean_true', question: 'bleeding_disorder' }, level: 'block' }],
    reason:
      'Bleeding disorder (haemophilia, von Willebrand disease, thrombocytopenia): bleeding and haematoma; a listed device contraindication ("hemorrhagic disorders"). A clinic may choose a doctor\'s review instead.',
    patientMessage:
      'Microneedling is not safe with a bleeding disorder, so we will not book it. Your practitioner can talk you through other options.',
    evidenceGrade: 'C',
    unconfirmed: false,
    references: [refs.skinPenContraindications],
    bookingNeedsOverride: false,
  },
  {
    id: 'C16',
    title: 'Anticoagulant or antiplatelet medicine',
    outcomes: [{ when: { kind: 'boolean_true', question: 'anticoagulants' }, level: 'needs-doctor' }],
    reason:
      'Anticoagulant or antiplatelet therapy (warfarin, DOACs, clopidogrel, daily aspirin): more bleeding and bruising, and pooled blood hides the endpoint. Never stop a prescribed anticoagulant for a cosmetic procedure without the prescriber; plan a shallow depth and a limited area.',
    patientMessage:
      'Because you take a blood thinner, a prescriber will review your plan first. Please do not stop any prescribed medicine for this treatment unless the doctor who prescribed it tells you to.',
    evidenceGrade: 'C/D',
    unconfirmed: false,
    references: [refs.clinicLists, refs.clinicalJudgement],
    bookingNeedsOverride: false,
  },
  {
    id: 'C17',
    title: 'Supplements or medicines that affect bleeding',
    outcomes: [{ when: { kind: 'boolean_true', question: 'bleeding_supplements' }, level: 'warn' }],
    reason:
      'Supplements or over-the-counter medicines that affect bleeding (fish oil, vitamin E, ginkgo, NSAIDs): more bruising. Consider pausing them 3–7 days before if safe (clinical judgement, unconfirmed).',
    patientMessage:
      'Some supplements and painkillers make bruising more likely. Your practitioner will talk with you about whether to pause them for a few days before treatment.',
    evidenceGrade: 'D',
    unconfirmed: true,
    references: [refs.clinicalJudgement],
    bookingNeedsOverride: false,
  },
  {
    id: 'C18',
    title: 'Immunosuppression',
    outcomes: [{ when: { kind: 'boolean_true', question: 'immunosuppressed' }, level: 'needs-doctor' }],
    reason:
      'Immunosuppression (chemotherapy, transplant medicines, high-dose systemic steroids, biologics, uncontrolled HIV): infection and delayed-healing risk. A doctor reviews.',
    patientMessage:
      'Because a condition or medicine affects your immune system, a doctor will review your plan before treatment.',
    evidenceGrade: 'C/D',
    unconfirmed: false,
    references: [refs.skinPenCareSheets, refs.clinicLists],
    bookingNeedsOverride: false,
  },
  {
    id: 'C19',
    title: 'Diabetes',
    outcomes: [
      { when: { kind: 'enum_in', question: 'diabetes', values: ['controlled'] }, level: 'warn' },
      {
        when: { kind: 'enum_in', question: 'diabetes', values: ['uncontrolled'] },
        level: 'needs-doctor',
        reason:
          'Uncontrolled diabetes: slower healing and infection risk. A doctor reviews (a clinic may set an HbA1c threshold above which it blocks).',
        patientMessage:
          'Because your diabetes is not well controlled at the moment, a doctor needs to review your plan before treatment.',
      },
    ],
    reason:
      'Controlled diabetes: slower healing and infection risk. The practitioner acknowledges and checks healing closely.',
    patientMessage:
      'Diabetes can slow healing, so we will take extra care and check your skin closely afterwards.',
    evidenceGrade: 'C/D',
    unconfirmed: false,
    references: [refs.clinicLists, refs.granulomaCase],
    bookingNeedsOverride: false,
  },
  {
    id: 'C20',
    title: 'Connective-tissue disease',
    outcomes: [
      {
        when: { kind: 'enum_in', question: 'connective_tissue_disease', values: ['scleroderma'] },
        level: 'block',
      },
      {
        when: { kind: 'enum_in', question: 'connective_tissue_disease', values: ['other_active'] },
        level: 'needs-doctor',
        reason:
          'Active autoimmune connective-tissue disease (e.g. lupus): abnormal healing; a listed device contraindication. A doctor reviews.',
        patientMessage:
          'Because of your active autoimmune condition, a doctor will review your plan before treatment.',
      },
    ],
    reason: 'Scleroderma: abnormal healing; a listed device contraindication. Do not treat.',
    patientMessage:
      'Microneedling is not suitable with scleroderma because the skin may heal abnormally. Your practitioner can talk you through other options.',
    evidenceGrade: 'C',
    unconfirmed: false,
    references: [refs.skinPenContraindications],
    bookingNeedsOverride: false,
  },
  {
    id: 'C21',
    title: 'Pregnant or breastfeeding',
    outcomes: [{ when: { kind: 'boolean_true', question: 'pregnant_or_breastfeeding' }, level: 'block' }],
    reason:
      'Pregnant or breastfeeding: no safety data for an elective procedure, absorption of topical anaesthetic, and a listed device contraindication. Defer until after pregnancy and breastfeeding (clinic policy).',
    patientMessage:
      'We postpone microneedling during pregnancy and breastfeeding because there is no safety information for this time. We will be glad to see you afterwards.',
    evidenceGrade: 'C',
    unconfirmed: false,
    references: [refs.trivedi2017, refs.skinPenContraindications],
    bookingNeedsOverride: false,
  },
  {
    id: 'C22',
    title: 'Allergy to needle metal, glide gel or anaesthetic',
    outcomes: [
      {
        when: {
          kind: 'list_contains',
          question: 'allergies',
          values: ['nickel', 'stainless_steel', 'glide_gel'],
        },
        level: 'block',
      },
      {
        when: { kind: 'list_contains', question: 'allergies', values: ['lidocaine', 'prilocaine'] },
        level: 'warn',
        reason:
          'Allergy to a topical anaesthetic (lidocaine or prilocaine): treat without that anaesthetic, or with an alternative a physician chooses.',
        patientMessage:
          'Because of your allergy we will not use that numbing cream. Your practitioner will explain how we will keep you comfortable.',
      },
    ],
    reason:
      'Allergy to nickel or stainless steel (needle metal) or to the device glide gel: metal allergy is a documented risk factor; allergic and granulomatous reactions. Do not treat with these materials.',
    patientMessage:
      'You told us about an allergy to the needle metal or to the gel used with the device, so we cannot treat you with it. Your practitioner will talk through alternatives.',
    evidenceGrade: 'A/C',
    unconfirmed: false,
    references: [refs.chu2021, refs.skinPenContraindications],
    bookingNeedsOverride: false,
  },
  {
    id: 'C23',
    title: 'Granuloma or hypersensitivity history',
    outcomes: [{ when: { kind: 'boolean_true', question: 'granuloma_history' }, level: 'needs-doctor' }],
    reason:
      'Previous granuloma or hypersensitivity reaction after microneedling or fillers, or sarcoidosis: granulomas can be treatment-resistant. A doctor reviews.',
    patientMessage: 'Because you have had a reaction like this before, a doctor will review your plan first.',
    evidenceGrade: 'C',
    unconfirmed: false,
    references: [refs.friedmann2024, refs.soltaniArabshahi2014],
    bookingNeedsOverride: false,
  },
];
