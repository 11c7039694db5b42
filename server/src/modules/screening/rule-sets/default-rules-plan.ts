import { refs } from './references';
import type { RuleInput } from './rule-set.schema';

/** C24–C31: skin type, pigment, age, device and consultation (clinical-reference.md §3). */
export const planRules: RuleInput[] = [
  {
    id: 'C24',
    title: 'Fitzpatrick skin type IV–VI',
    outcomes: [
      { when: { kind: 'number_between', question: 'fitzpatrick_type', min: 4, max: 6 }, level: 'warn' },
    ],
    reason:
      'Fitzpatrick skin type IV–VI: higher risk of post-inflammatory hyperpigmentation (microneedling is still generally considered safer than many lasers in darker skin). Plan: conservative depth (caps lowered), fewer passes, no heavy pressure over bone, strict photoprotection, consider a test patch.',
    patientMessage:
      'Skin like yours can darken in patches after treatment. We will use gentler settings, and daily sunscreen afterwards is especially important.',
    evidenceGrade: 'A/B/C',
    unconfirmed: false,
    references: [refs.chu2021, refs.cachafeiro2016, refs.cohenElbuluk2016, refs.dogra2014],
    bookingNeedsOverride: false,
  },
  {
    id: 'C25',
    title: 'Melasma or post-inflammatory hyperpigmentation',
    outcomes: [{ when: { kind: 'boolean_true', question: 'melasma_or_pih_history' }, level: 'warn' }],
    reason:
      'Melasma or a history of post-inflammatory hyperpigmentation: inflammation can darken pigment. Conservative settings (caps lowered), paired with melasma therapy.',
    patientMessage:
      'Because your skin has had dark patches before, we will use gentler settings, and strict sun protection afterwards matters.',
    evidenceGrade: 'C',
    unconfirmed: false,
    references: [refs.cohenElbuluk2016, refs.cassiano2020],
    bookingNeedsOverride: false,
  },
  {
    id: 'C26',
    title: 'Recent sun or self-tan',
    outcomes: [{ when: { kind: 'boolean_true', question: 'recent_sun_or_self_tan' }, level: 'warn' }],
    reason:
      'Recent intense sun or self-tan: pigment risk, and a tan hides the treatment endpoint. Avoid sun 24–72 h before and at least 2 weeks after.',
    patientMessage:
      'Recent sun or fake tan raises the risk of dark marks. Please avoid the sun for a few days before and at least two weeks after treatment.',
    evidenceGrade: 'C',
    unconfirmed: false,
    references: [refs.skinPenCareSheets],
    bookingNeedsOverride: false,
  },
  {
    id: 'C27',
    title: 'Tattoo or permanent makeup in the area',
    outcomes: [{ when: { kind: 'boolean_true', question: 'tattoo_in_area' }, level: 'warn' }],
    reason:
      'Tattoo or permanent makeup in the treatment field: needling may disturb the pigment (clinical judgement, unconfirmed). Skip that area.',
    patientMessage: 'We will not needle over your tattoo or permanent makeup.',
    evidenceGrade: 'D',
    unconfirmed: true,
    references: [refs.clinicalJudgement],
    bookingNeedsOverride: false,
  },
  {
    id: 'C28',
    title: 'Under 18',
    outcomes: [{ when: { kind: 'age_below', years: 18 }, level: 'needs-doctor' }],
    reason:
      'Under 18 on the treatment date: a doctor reviews and a parent or guardian consents. (US FDA-authorised indications are for adults aged 22 and over.)',
    patientMessage:
      'Because you are under 18, a doctor will review the plan and we need consent from your parent or guardian.',
    evidenceGrade: 'C',
    unconfirmed: false,
    references: [refs.fdaDevices],
    bookingNeedsOverride: false,
  },
  {
    id: 'C29',
    title: 'Implanted electronic device (RF only)',
    // RF current is the hazard; plain microneedling carries none.
    scope: { modalities: ['rf-microneedling'] },
    outcomes: [{ when: { kind: 'boolean_true', question: 'implanted_electronic_device' }, level: 'block' }],
    reason:
      'Implanted electronic device (pacemaker, ICD) with RF microneedling: RF current may interfere with it (standard RF precaution; no device label confirmed). Do not use RF; plain microneedling is not affected.',
    patientMessage:
      'Radiofrequency microneedling is not safe with an implanted electronic device such as a pacemaker. Your practitioner can discuss microneedling without radiofrequency.',
    evidenceGrade: 'D',
    unconfirmed: true,
    references: [refs.clinicalJudgement],
    bookingNeedsOverride: false,
  },
  {
    id: 'C30',
    title: 'Expectations to discuss',
    outcomes: [{ when: { kind: 'boolean_true', question: 'expectations_concern' }, level: 'warn' }],
    reason:
      'The clinician noted unrealistic expectations or body-image concerns at consultation: go through the decision aid (expected change, number of sessions, results over 3–6 months) before treatment.',
    patientMessage:
      'Before treatment we will talk through what microneedling can and cannot do and how gradually results appear, so that you can decide with realistic expectations.',
    evidenceGrade: 'D',
    unconfirmed: true,
    references: [refs.clinicalJudgement],
    bookingNeedsOverride: false,
  },
  {
    id: 'C31',
    title: 'Recent home microneedling or non-sterile serum',
    outcomes: [{ when: { kind: 'boolean_true', question: 'home_microneedling_recent' }, level: 'warn' }],
    reason:
      'Home microneedling device or non-sterile serum on the area in the last 14 days, with irritation: irritation and contamination risk; non-sterile products on needled skin have caused granulomas.',
    patientMessage:
      'Irritation from home needling or serums needs to settle first. Please do not use home devices or non-sterile serums on the area before or after treatment.',
    evidenceGrade: 'D',
    unconfirmed: true,
    references: [refs.clinicalJudgement, refs.friedmann2024],
    bookingNeedsOverride: false,
  },
];
