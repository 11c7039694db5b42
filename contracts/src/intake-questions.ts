import type { QuestionId } from './screening';

/**
 * The intake form as data: the portal and the staff editor both render it from this list, in
 * this order, so adding a question means adding an entry here (and its rule, if any).
 * Wording is for patients: plain, specific, no jargon without an explanation.
 */
export type QuestionKind =
  | { type: 'yes_no' }
  | { type: 'choice'; options: readonly { value: string; label: string }[] }
  /** A date, or "never / not in the last year" (null). */
  | { type: 'last_date'; neverLabel: string }
  | { type: 'isotretinoin' }
  | { type: 'procedures' }
  | { type: 'allergies' }
  | { type: 'fitzpatrick' };

export interface IntakeQuestion {
  id: QuestionId;
  step: IntakeStepId;
  label: string;
  help?: string;
  kind: QuestionKind;
  /** Answered by the clinician after the consultation; never shown to the patient. */
  clinicianOnly?: boolean;
}

export const intakeSteps = [
  { id: 'skin_today', title: 'Your skin today' },
  { id: 'skin_history', title: 'Your skin’s history' },
  { id: 'treatments', title: 'Recent treatments and skin products' },
  { id: 'health', title: 'Your health' },
  { id: 'medicines', title: 'Medicines and allergies' },
  { id: 'other', title: 'A few last questions' },
] as const;
export type IntakeStepId = (typeof intakeSteps)[number]['id'];

const yesNo = { type: 'yes_no' } as const;

export const intakeQuestions: readonly IntakeQuestion[] = [
  {
    id: 'active_skin_infection',
    step: 'skin_today',
    kind: yesNo,
    label: 'Do you have a skin infection in the area to be treated right now?',
    help: 'For example impetigo, a boil, or a fungal infection.',
  },
  { id: 'active_cold_sore', step: 'skin_today', kind: yesNo, label: 'Do you have a cold sore right now?' },
  {
    id: 'open_wounds_or_sunburn',
    step: 'skin_today',
    kind: yesNo,
    label: 'Is there an open wound, a cut or sunburn in the area to be treated?',
  },
  {
    id: 'active_acne',
    step: 'skin_today',
    label: 'Do you have acne in the area at the moment?',
    kind: {
      type: 'choice',
      options: [
        { value: 'none', label: 'No' },
        { value: 'comedonal', label: 'Yes — blackheads and whiteheads only' },
        { value: 'inflammatory', label: 'Yes — red, sore or pus-filled spots' },
      ],
    },
  },
  {
    id: 'skin_disease_flare',
    step: 'skin_today',
    kind: yesNo,
    label: 'Is eczema, psoriasis, rosacea or vitiligo active in the area right now?',
  },
  {
    id: 'recent_sun_or_self_tan',
    step: 'skin_today',
    kind: yesNo,
    label: 'Have you had a lot of sun, a sunbed or a self-tan on the area in the last two weeks?',
  },
  {
    id: 'tattoo_in_area',
    step: 'skin_today',
    kind: yesNo,
    label: 'Is there a tattoo or permanent make-up in the area to be treated?',
  },
  {
    id: 'fitzpatrick_type',
    step: 'skin_today',
    kind: { type: 'fitzpatrick' },
    label: 'How does your skin react to the sun?',
    help: 'This helps us choose a safe needle depth. Your practitioner will check it with you.',
  },
  {
    id: 'herpes_history',
    step: 'skin_history',
    kind: yesNo,
    label: 'Have you ever had cold sores (herpes simplex)?',
    help: 'Needling near the mouth can trigger them; a short antiviral course can prevent that.',
  },
  {
    id: 'keloid_history',
    step: 'skin_history',
    kind: yesNo,
    label: 'Have you ever had raised, thick scars (keloids) after a cut or piercing?',
  },
  {
    id: 'melasma_or_pih_history',
    step: 'skin_history',
    kind: yesNo,
    label: 'Have you had melasma, or dark marks left behind after spots or injuries?',
  },
  {
    id: 'changing_mole_or_skin_cancer',
    step: 'skin_history',
    kind: yesNo,
    label: 'Do you have a mole that has changed recently, or have you had skin cancer in the area?',
  },
  {
    id: 'granuloma_history',
    step: 'skin_history',
    kind: yesNo,
    label: 'Have you ever had lumps (granulomas) after fillers, tattoos or skin treatments?',
  },
  {
    id: 'recent_procedures',
    step: 'treatments',
    kind: { type: 'procedures' },
    label: 'Which of these have you had, and when?',
    help: 'Peels, laser, waxing, surgery or radiotherapy on the area. Add each one with its date.',
  },
  {
    id: 'topical_retinoid_last_use',
    step: 'treatments',
    kind: { type: 'last_date', neverLabel: 'I don’t use one' },
    label: 'When did you last use a retinoid cream (retinol, tretinoin, adapalene)?',
  },
  {
    id: 'botulinum_toxin_last_date',
    step: 'treatments',
    kind: { type: 'last_date', neverLabel: 'Never, or not in the last year' },
    label: 'When did you last have anti-wrinkle injections (botulinum toxin)?',
  },
  {
    id: 'filler_last_date',
    step: 'treatments',
    kind: { type: 'last_date', neverLabel: 'Never, or not in the last year' },
    label: 'When did you last have dermal filler injections?',
  },
  {
    id: 'permanent_filler_or_threads',
    step: 'treatments',
    kind: yesNo,
    label: 'Do you have permanent fillers or thread lifts in the area?',
  },
  {
    id: 'home_microneedling_recent',
    step: 'treatments',
    kind: yesNo,
    label:
      'In the last two weeks, have you used a home microneedling device or roller on the area and had irritation?',
  },
  {
    id: 'bleeding_disorder',
    step: 'health',
    kind: yesNo,
    label: 'Do you have a bleeding or clotting disorder?',
  },
  {
    id: 'immunosuppressed',
    step: 'health',
    kind: yesNo,
    label: 'Is your immune system weakened by an illness or by medicines?',
    help: 'For example after a transplant, during chemotherapy, or taking steroids long term.',
  },
  {
    id: 'diabetes',
    step: 'health',
    label: 'Do you have diabetes?',
    kind: {
      type: 'choice',
      options: [
        { value: 'none', label: 'No' },
        { value: 'controlled', label: 'Yes, and it is well controlled' },
        { value: 'uncontrolled', label: 'Yes, and it is not well controlled at the moment' },
      ],
    },
  },
  {
    id: 'connective_tissue_disease',
    step: 'health',
    label: 'Do you have scleroderma, lupus or another autoimmune connective-tissue disease?',
    kind: {
      type: 'choice',
      options: [
        { value: 'none', label: 'No' },
        { value: 'scleroderma', label: 'Yes — scleroderma' },
        { value: 'other_active', label: 'Yes — another one that is active' },
      ],
    },
  },
  {
    id: 'pregnant_or_breastfeeding',
    step: 'health',
    kind: yesNo,
    label: 'Are you pregnant or breastfeeding?',
  },
  {
    id: 'implanted_electronic_device',
    step: 'health',
    kind: yesNo,
    label: 'Do you have a pacemaker, defibrillator or other implanted electronic device?',
  },
  {
    id: 'isotretinoin_last_dose',
    step: 'medicines',
    kind: { type: 'isotretinoin' },
    label: 'Have you taken isotretinoin (Roaccutane) tablets for acne?',
  },
  {
    id: 'anticoagulants',
    step: 'medicines',
    kind: yesNo,
    label: 'Do you take blood thinners?',
    help: 'For example warfarin, apixaban, rivaroxaban, clopidogrel or daily aspirin.',
  },
  {
    id: 'bleeding_supplements',
    step: 'medicines',
    kind: yesNo,
    label: 'Do you take fish oil, ginkgo, garlic or vitamin E supplements?',
  },
  {
    id: 'allergies',
    step: 'medicines',
    kind: { type: 'allergies' },
    label: 'Are you allergic to any of these, or to anything else?',
    help: 'Metals (nickel, stainless steel), numbing creams (lidocaine, prilocaine) or gels.',
  },
  {
    id: 'expectations_concern',
    step: 'other',
    kind: yesNo,
    clinicianOnly: true,
    label: 'After the consultation: are the patient’s expectations a concern?',
  },
];

export const procedureLabels: Record<string, string> = {
  superficial_peel: 'A light chemical peel',
  medium_peel: 'A medium-depth chemical peel',
  ablative_laser: 'Resurfacing laser (ablative)',
  nonablative_laser: 'Non-ablative laser or IPL',
  surgery: 'Surgery in the area',
  radiotherapy: 'Radiotherapy to the area',
  waxing: 'Waxing or threading in the area',
};

export const allergyLabels: Record<string, string> = {
  nickel: 'Nickel',
  stainless_steel: 'Stainless steel',
  lidocaine: 'Lidocaine (numbing cream)',
  prilocaine: 'Prilocaine (numbing cream)',
  glide_gel: 'Glide gel or serum used during treatment',
};

export const fitzpatrickLabels: Record<number, string> = {
  1: 'Always burns, never tans',
  2: 'Usually burns, tans with difficulty',
  3: 'Sometimes burns, tans gradually',
  4: 'Rarely burns, tans easily',
  5: 'Very rarely burns, tans very easily',
  6: 'Never burns, deeply pigmented skin',
};
