import {
  concernPage,
  darkMarksRisk,
  pigmentGradesNote,
  rejuvenationCourse,
  serumRisk,
  usualDowntime,
} from './concern-page';

const sunspotsNotAuthorised = {
  text: 'No meaningful evidence was found that microneedling fades sunspots, and sunspots are not among the uses FDA-authorised devices are cleared for (acne scars, wrinkles and abdominal scars).',
  refs: ['reviewerJudgement', 'fdaDevices'],
} as const;

export const sunspots = concernPage({
  code: 'sunspots',
  name: 'Sunspots',
  description:
    'Why microneedling is not recommended for sunspots, which treatments work better, and when a spot needs a doctor’s check.',
  grade: null,
  verdict: 'not-recommended',
  reason: sunspotsNotAuthorised,
  sections: {
    works: [sunspotsNotAuthorised],
    improvement: [
      {
        text: 'No study gives a size of improvement for sunspots after microneedling, so we do not offer it for them.',
        refs: ['reviewerJudgement'],
      },
    ],
    sessions: [
      {
        text: 'Not applicable: we recommend one of the better options below instead.',
        refs: ['reviewerJudgement'],
      },
    ],
    downtime: [usualDowntime],
    risks: [darkMarksRisk],
    alternatives: [
      {
        text: 'Sunspots (solar lentigines) are better treated with intense pulsed light (IPL), pigment lasers, freezing (cryotherapy) or retinoid and bleaching creams.',
        refs: ['reviewerJudgement'],
      },
      {
        text: 'Prescription tretinoin improves mottled pigment and sunspots from sun damage (grade A for sun-damaged skin).',
        refs: ['tretinoinMa2025'],
      },
      {
        text: 'A new or changing spot needs a skin-cancer check by a doctor before any cosmetic treatment.',
        refs: ['reviewerJudgement'],
      },
    ],
    doNothing: [
      {
        text: 'Sunspots are harmless but do not fade on their own, and more sun brings more of them. Daily sunscreen slowed measurable skin ageing by 24% over 4.5 years in a trial of 903 people.',
        refs: ['reviewerJudgement', 'hughes2013'],
      },
    ],
  },
});

export const unevenTone = concernPage({
  code: 'uneven_tone',
  name: 'Uneven skin tone',
  description:
    'What microneedling can and cannot do for uneven skin tone, the evidence, risks, and options that work better.',
  grade: 'C',
  verdict: 'modest',
  reason: {
    text: 'Evidence is thin, needling can itself cause dark marks, and peels and retinoids do better.',
    refs: ['chu2021', 'reviewerJudgement'],
  },
  sections: {
    works: [
      {
        text: 'Evidence that microneedling evens out skin tone is thin (grade C). Chemical peels and topical retinoids have better evidence (grade B).',
        refs: ['reviewerJudgement'],
      },
      pigmentGradesNote,
    ],
    improvement: [
      {
        text: 'No trial gives a reliable size of improvement for uneven tone after microneedling alone.',
        refs: ['reviewerJudgement'],
      },
    ],
    sessions: [rejuvenationCourse],
    downtime: [usualDowntime],
    risks: [darkMarksRisk, serumRisk],
    alternatives: [
      {
        text: 'Superficial chemical peels are given as a series of 4 to 6, 2 to 4 weeks apart, with 0 to 3 days of downtime.',
        refs: ['dover2025', 'reviewerJudgement'],
      },
      {
        text: 'Prescription tretinoin improves mottled pigment from sun damage (grade A for sun-damaged skin).',
        refs: ['tretinoinMa2025'],
      },
    ],
    doNothing: [
      {
        text: 'Sun exposure drives most visible skin ageing and discolouration; daily sunscreen slowed measurable skin ageing by 24% over 4.5 years.',
        refs: ['flament2013', 'hughes2013'],
      },
    ],
  },
});

export const pigmentation = concernPage({
  code: 'pigmentation',
  name: 'Pigmentation and dark marks',
  description:
    'Microneedling for dark marks left by spots or injuries: the limited evidence, the risk of new marks, and better options.',
  grade: 'C',
  verdict: 'modest',
  reason: {
    text: 'Only case-level evidence, and needling can itself leave new dark marks.',
    refs: ['chu2021', 'reviewerJudgement'],
  },
  sections: {
    works: [
      {
        text: 'For flat dark marks left after spots or injuries (post-inflammatory hyperpigmentation), the evidence for microneedling is at case level only.',
        refs: ['reviewerJudgement'],
      },
      pigmentGradesNote,
    ],
    improvement: [
      {
        text: 'No trial gives a size of improvement; we cannot promise that marks fade faster than they would with sun protection alone.',
        refs: ['reviewerJudgement'],
      },
    ],
    sessions: [rejuvenationCourse],
    downtime: [usualDowntime],
    risks: [darkMarksRisk],
    alternatives: [
      {
        text: 'Chemical peels and topical retinoids have better evidence for dark marks (grade B to C), together with daily sunscreen.',
        refs: ['reviewerJudgement'],
      },
    ],
    doNothing: [
      {
        text: 'Dark marks after spots usually fade over weeks to months, faster with strict sun protection.',
        refs: ['reviewerJudgement'],
      },
    ],
  },
});

export const melasma = concernPage({
  code: 'melasma',
  name: 'Melasma',
  description:
    'Microneedling as an add-on for melasma: what the small trials show, how often melasma returns, and what to try first.',
  grade: 'B',
  verdict: 'adjunct',
  reason: {
    text: 'Only as an add-on that helps tranexamic acid work (small trials); it is not a rescue on its own.',
    refs: ['cassiano2020', 'saleh2019'],
  },
  sections: {
    works: [
      {
        text: 'Microneedling is mainly an add-on: it helps tranexamic acid, a melasma medicine, work better. The trials are small.',
        refs: ['cassiano2020', 'saleh2019'],
      },
      {
        text: 'Melasma is long-lasting and often comes back. Microneedling is not a rescue when creams have failed; a doctor should guide treatment.',
        refs: ['cassiano2020', 'reviewerJudgement'],
      },
    ],
    improvement: [
      {
        text: 'In a trial of 45 women, microneedling with topical tranexamic acid lowered the melasma severity score (mMASI) by 45.3%.',
        refs: ['txaTrial'],
      },
    ],
    sessions: [
      {
        text: 'A course is 2 to 6 sessions, 2 to 4 weeks apart, judged after 2 to 4 months. Melasma often returns, so sun protection continues afterwards.',
        refs: ['cassiano2020'],
      },
    ],
    downtime: [usualDowntime],
    risks: [
      darkMarksRisk,
      {
        text: 'Cold sores flared up in 3 women in a 64-woman melasma trial in which half the groups had microneedling.',
        refs: ['cassiano2020'],
      },
    ],
    alternatives: [
      {
        text: 'Tretinoin in a triple-combination cream (grade A) and chemical peels (grade B) are first choices; strong lasers are avoided because melasma can rebound.',
        refs: ['reviewerJudgement'],
      },
    ],
    doNothing: [
      {
        text: 'Melasma tends to persist and darkens with sun and hormonal changes; daily broad-spectrum sunscreen is essential with any treatment.',
        refs: ['reviewerJudgement'],
      },
    ],
  },
});
