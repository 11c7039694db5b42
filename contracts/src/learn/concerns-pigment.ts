import {
  concernPage,
  darkMarksRisk,
  pigmentGradesNote,
  rejuvenationCourse,
  serumRisk,
  usualDowntime,
} from './concern-page';

const sunspotsNotAuthorised = {
  text: 'No meaningful evidence shows that microneedling fades sunspots. In the US, the FDA has cleared microneedling devices for acne scars, wrinkles and belly scars, but not for sunspots.',
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
        text: 'No study shows how much sunspots improve after microneedling. So we do not offer it for them.',
        refs: ['reviewerJudgement'],
      },
    ],
    sessions: [
      {
        text: 'This does not apply: we suggest one of the better options below instead.',
        refs: ['reviewerJudgement'],
      },
    ],
    downtime: [usualDowntime],
    risks: [darkMarksRisk],
    alternatives: [
      {
        text: 'Other treatments work better for sunspots (solar lentigines). They include intense pulsed light (IPL), pigment lasers, freezing (cryotherapy), and retinoid or bleaching creams.',
        refs: ['reviewerJudgement'],
      },
      {
        text: 'Tretinoin, a prescription cream, improves blotchy pigment and sunspots caused by the sun (grade A for sun-damaged skin).',
        refs: ['tretinoinMa2025'],
      },
      {
        text: 'A new or changing spot needs a doctor to check it for skin cancer before any beauty treatment.',
        refs: ['reviewerJudgement'],
      },
    ],
    doNothing: [
      {
        text: 'Sunspots are harmless, but they do not fade on their own. More sun brings more of them. In a trial of 903 people, daily sunscreen slowed skin ageing by 24% over 4.5 years.',
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
        text: 'No trial shows how much skin tone evens out with microneedling alone.',
        refs: ['reviewerJudgement'],
      },
    ],
    sessions: [rejuvenationCourse],
    downtime: [usualDowntime],
    risks: [darkMarksRisk, serumRisk],
    alternatives: [
      {
        text: 'Light chemical peels are given as a series of 4 to 6, 2 to 4 weeks apart. Downtime is 0 to 3 days.',
        refs: ['dover2025', 'reviewerJudgement'],
      },
      {
        text: 'Tretinoin, a prescription cream, improves blotchy pigment caused by the sun (grade A for sun-damaged skin).',
        refs: ['tretinoinMa2025'],
      },
    ],
    doNothing: [
      {
        text: 'The sun causes most of the ageing and colour change we see in skin. Daily sunscreen slowed skin ageing by 24% over 4.5 years.',
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
        text: 'Flat dark marks can stay after spots or injuries (post-inflammatory hyperpigmentation). For these, the evidence for microneedling comes only from case reports.',
        refs: ['reviewerJudgement'],
      },
      pigmentGradesNote,
    ],
    improvement: [
      {
        text: 'No trial shows how much marks improve. We cannot promise they fade faster than with sun protection alone.',
        refs: ['reviewerJudgement'],
      },
    ],
    sessions: [rejuvenationCourse],
    downtime: [usualDowntime],
    risks: [darkMarksRisk],
    alternatives: [
      {
        text: 'Chemical peels and retinoid creams, with daily sunscreen, have better evidence for dark marks (grade B to C).',
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
        text: 'Microneedling is mainly an add-on. It helps a melasma medicine, tranexamic acid, work better. The trials are small.',
        refs: ['cassiano2020', 'saleh2019'],
      },
      {
        text: 'Melasma is long-lasting and often comes back. Microneedling is not a rescue when creams have failed; a doctor should guide treatment.',
        refs: ['cassiano2020', 'reviewerJudgement'],
      },
    ],
    improvement: [
      {
        text: 'In a trial of 45 women, microneedling with tranexamic acid on the skin lowered the melasma score (mMASI) by 45.3%.',
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
        text: 'Try these first: a three-in-one cream that contains tretinoin (grade A), or chemical peels (grade B). Strong lasers are avoided, because melasma can come back worse.',
        refs: ['reviewerJudgement'],
      },
    ],
    doNothing: [
      {
        text: 'Melasma tends to last, and it gets darker with sun and changes in hormones. Daily broad-spectrum sunscreen is a must with any treatment.',
        refs: ['reviewerJudgement'],
      },
    ],
  },
});
