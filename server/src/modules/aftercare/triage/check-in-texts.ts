import type { CheckInEffect, RedFlagQuestionId, TriageLevel } from '@corium/contracts';

/**
 * The words of the check-in form and of "what happens next", keyed by language. English is
 * complete and the fallback; another language is added as one more key of `checkInTexts`.
 * Plain words, as a patient would say them (§5.1 for what each level looks like).
 */
export interface CheckInTexts {
  effects: Record<CheckInEffect, { question: string; levels: [string, string, string, string] }>;
  levelLabels: [string, string, string, string];
  redFlags: Record<RedFlagQuestionId, { question: string; hint: string | null }>;
  nextSteps: Record<TriageLevel, { headline: string; body: string }>;
}

const en: CheckInTexts = {
  levelLabels: ['None', 'Mild', 'Moderate', 'Severe'],
  effects: {
    redness: {
      question: 'How red is the treated skin?',
      levels: [
        'My usual skin colour.',
        'Light pink, like a faint sunburn.',
        'Clearly red, like a sunburn.',
        'Deep red or purple, or redder than on the day of treatment.',
      ],
    },
    swelling: {
      question: 'How swollen is it?',
      levels: [
        'No swelling.',
        'Slightly puffy, only I would notice.',
        'Visibly puffy, for example around the eyes.',
        'Very swollen: an eye is hard to open, or the swelling is growing.',
      ],
    },
    pain: {
      question: 'How sore is it?',
      levels: [
        'No pain.',
        'Tender when touched, otherwise fine.',
        'Sore most of the time; I notice it while doing things.',
        'Painful enough to stop me doing things or to keep me awake.',
      ],
    },
    itching: {
      question: 'How itchy is it?',
      levels: [
        'Not itchy.',
        'Now and then, easy to leave alone.',
        'Often; hard not to scratch.',
        'All the time, or it keeps me awake.',
      ],
    },
    flaking: {
      question: 'How much is it flaking or peeling?',
      levels: [
        'No flaking.',
        'Dry and a little rough.',
        'Visible flakes or peeling.',
        'Peeling in sheets, or raw skin underneath.',
      ],
    },
    bruising: {
      question: 'Is there bruising?',
      levels: [
        'No bruises.',
        'A small faint bruise.',
        'One or more clear bruises.',
        'Large or dark bruises, or getting bigger.',
      ],
    },
  },
  redFlags: {
    breathing_or_lip_swelling: {
      question: 'Do you have trouble breathing, wheezing, or swelling of your lips or tongue?',
      hint: null,
    },
    pus_or_crusts: { question: 'Is there pus, yellow or honey-coloured crusts, or a bad smell?', hint: null },
    fever: {
      question: 'Have you had a temperature of 38 °C or higher?',
      hint: 'Measure it if you feel hot or shivery.',
    },
    spreading_redness: {
      question: 'Is the redness spreading beyond the treated area, or are there red streaks?',
      hint: null,
    },
    pain_increasing: { question: 'Is the pain getting worse rather than easing?', hint: null },
    grouped_blisters: {
      question: 'Are there groups of small blisters, cold sores, or small open sores?',
      hint: 'Often around the mouth or nose, sometimes with tingling first.',
    },
    eye_symptoms: { question: 'Do you have eye pain, or has your vision changed?', hint: null },
    feeling_very_unwell: { question: 'Do you feel very unwell, with shivering or shaking?', hint: null },
    burn_marks: {
      question: 'Are there blisters, or white, grey or black areas on the treated skin?',
      hint: null,
    },
    new_bumps: {
      question: 'Have new bumps, lumps or raised patches appeared in the treated skin?',
      hint: null,
    },
    darkening_patches: {
      question: 'Are there new darker (or lighter) patches in the treated skin?',
      hint: null,
    },
  },
  nextSteps: {
    expected: {
      headline: 'This is how healing usually looks',
      body: 'Your answers match normal healing for this day. Keep following your aftercare plan; we will ask again at your next check-in.',
    },
    review: {
      headline: 'We will look at this',
      body: 'Something is not quite as expected. A clinician will review your answers and contact you. If anything gets worse before then, call the clinic.',
    },
    urgent: {
      headline: 'A clinician will contact you today',
      body: 'Your answers need a clinician to see you today. Keep your phone with you. If you cannot reach us or you feel worse, contact your doctor or an urgent care service now.',
    },
    emergency: {
      headline: 'Call emergency services now',
      body: 'Your answers can be a sign of a serious reaction. Call emergency services or go to the nearest emergency department now. We have alerted the clinic too.',
    },
  },
};

export const checkInTexts: Record<string, CheckInTexts> = { en };

/** The texts in the language, else its base language, else English. */
export function checkInTextsFor(language: string): { language: string; texts: CheckInTexts } {
  const base = language.split('-')[0]!;
  if (checkInTexts[language]) return { language, texts: checkInTexts[language] };
  if (checkInTexts[base]) return { language: base, texts: checkInTexts[base] };
  return { language: 'en', texts: en };
}
