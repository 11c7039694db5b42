import { concernPage, darkMarksRisk, rejuvenationCourse, serumRisk, usualDowntime } from './concern-page';

export const acneScars = concernPage({
  code: 'acne_scars',
  name: 'Acne scars',
  description:
    'How well microneedling works for dented acne scars, how much they improve, how many sessions it takes, the risks, and other options.',
  grade: 'B',
  verdict: 'reasonable',
  reason: {
    text: 'Small trials and reviews support it for dented (atrophic) scars. Ice-pick scars need other methods.',
    refs: ['harris2015', 'juhasz2020'],
  },
  sections: {
    works: [
      {
        text: 'Dented (atrophic) acne scars — rolling and shallow boxcar scars — respond best. Deep, narrow ice-pick scars respond poorly to microneedling alone.',
        refs: ['harris2015', 'juhasz2020'],
      },
      {
        text: 'The only Cochrane review of acne-scar treatments looked at 24 trials with 789 people. It found that high-quality evidence is lacking for acne-scar treatments in general.',
        refs: ['cochrane2016'],
      },
      {
        text: 'Flat red or brown marks left by spots are not scars. They fade by themselves or respond to other treatments.',
        refs: ['harris2015', 'juhasz2020'],
      },
    ],
    improvement: [
      {
        text: 'Scars improve partly, not completely: on average by about one grade on a 4-grade scar scale.',
        refs: ['alam2014', 'dogra2014'],
      },
      {
        text: 'In a randomised trial the scar score dropped by 3.4 points at 6 months, and the change was not yet clear at 3 months.',
        refs: ['alam2014'],
      },
    ],
    sessions: [
      {
        text: 'A course is usually 3 to 6 sessions, about 4 weeks apart (2 to 6 weeks). Judge the result 3 and 6 months after the last session, because new collagen forms slowly.',
        refs: ['harris2015', 'dogra2014', 'alam2014'],
      },
    ],
    downtime: [usualDowntime],
    risks: [
      darkMarksRisk,
      {
        text: 'In one acne-scar series, 5 of 30 people with darker skin got dark marks. In a trial of 46 people, no one got them after microneedling, against 13.6% after a 1,340-nm laser.',
        refs: ['dogra2014', 'cachafeiro2016'],
      },
      {
        text: 'Cold sores can flare up after needling. Lines in the pattern of the device (“tram-track” scars) are rare, seen in 2 of 30 people in one roller series.',
        refs: ['cassiano2020', 'dogra2014'],
      },
      serumRisk,
    ],
    alternatives: [
      {
        text: 'Ice-pick scars are treated with acid placed in each scar (TCA CROSS) or by punch methods. Rolling scars that are tied down are freed with subcision, often with microneedling too.',
        refs: ['harris2015', 'juhasz2020'],
      },
      {
        text: 'In a split-face trial of 30 people, more responded to a fractional erbium laser than to microneedling: 70% against 30% at 3 months. The laser had 5 to 14 days of downtime.',
        refs: ['osman2017'],
      },
      {
        text: 'In one trial, RF microneedling did about as well for acne scars as a 1,550-nm fractional laser.',
        refs: ['chae2015'],
      },
    ],
    doNothing: [
      {
        text: 'Dented acne scars are stable: they usually neither get worse nor fade much on their own. Treating active acne early prevents new scars.',
        refs: ['reviewerJudgement'],
      },
    ],
  },
});

export const stretchMarks = concernPage({
  code: 'stretch_marks',
  name: 'Stretch marks',
  description:
    'What microneedling can do for stretch marks, the evidence behind it, sessions, downtime, risks and other options.',
  grade: 'B',
  verdict: 'modest',
  reason: {
    text: 'A 2024 review of 11 studies found it about as good as lasers. But the evidence is low to moderate.',
    refs: ['sun2024'],
  },
  sections: {
    works: [
      {
        text: 'A 2024 review pooled 11 studies. It found microneedling about as good as lasers, and better than options without lasers. The evidence is of low to moderate quality.',
        refs: ['sun2024'],
      },
    ],
    improvement: [
      {
        text: 'Expect stretch marks to look less visible, not to disappear. The studies do not give one simple number for the size of the change.',
        refs: ['sun2024', 'reviewerJudgement'],
      },
    ],
    sessions: [
      {
        text: 'A course is usually 3 to 6 sessions, 2 to 6 weeks apart; judge the result at least 3 months later.',
        refs: ['sun2024', 'striae2023'],
      },
    ],
    downtime: [usualDowntime],
    risks: [
      {
        text: 'Dark marks are more common on the body. In one series of white stretch marks, 7 of 32 people (21.9%) got them, and 1 of 32 (3.1%) had an infection.',
        refs: ['striae2023'],
      },
      serumRisk,
    ],
    alternatives: [
      {
        text: 'Fractional lasers and RF microneedling have about the same evidence for stretch marks.',
        refs: ['sun2024', 'tan2021'],
      },
    ],
    doNothing: [
      {
        text: 'Stretch marks are harmless and need no treatment for your health; they do not go away on their own.',
        refs: ['reviewerJudgement'],
      },
    ],
  },
});

export const enlargedPores = concernPage({
  code: 'enlarged_pores',
  name: 'Enlarged pores',
  description:
    'Why Corium does not promise smaller pores from microneedling: the evidence, what you might notice, and other options.',
  grade: 'D',
  verdict: 'not-recommended',
  reason: {
    text: 'There is very little data on pores, mostly from studies without a control group. The change after one session is short-lived swelling.',
    refs: ['alster2018', 'reviewerJudgement'],
  },
  sections: {
    works: [
      {
        text: 'Microneedling is often “touted” for smaller pores. But there is very little data. Most of it comes from studies without a control group or with other treatments mixed in.',
        refs: ['alster2018'],
      },
    ],
    improvement: [
      {
        text: 'We cannot promise smaller pores. Skin that looks smoother right after the first session is mostly temporary swelling.',
        refs: ['alster2018', 'reviewerJudgement'],
      },
    ],
    sessions: [rejuvenationCourse],
    downtime: [usualDowntime],
    risks: [darkMarksRisk, serumRisk],
    alternatives: [
      {
        text: 'Tretinoin cream and fractional lasers also have only weak support for pores (grade C). No option makes them reliably smaller.',
        refs: ['reviewerJudgement'],
      },
    ],
    doNothing: [
      {
        text: 'Visible pores are normal skin and harmless; they do not need treatment.',
        refs: ['reviewerJudgement'],
      },
    ],
  },
});

export const texture = concernPage({
  code: 'texture',
  name: 'Uneven texture',
  description:
    'How much microneedling smooths uneven skin texture, the evidence, sessions, downtime, risks and other options.',
  grade: 'C',
  verdict: 'modest',
  reason: {
    text: 'Small device studies show a modest gain in texture. Tretinoin has stronger evidence.',
    refs: ['exceed2018', 'tretinoinMa2025'],
  },
  sections: {
    works: [
      {
        text: 'Small device studies, most without a control group, show that texture gets a little better.',
        refs: ['exceed2018'],
      },
    ],
    improvement: [
      {
        text: 'In a study of 48 people, each had 4 sessions 30 days apart. On average, texture improved by 1.54 points on a modified Alexiades-Armenakas scale.',
        refs: ['exceed2018'],
      },
    ],
    sessions: [rejuvenationCourse],
    downtime: [usualDowntime],
    risks: [darkMarksRisk, serumRisk],
    alternatives: [
      {
        text: 'Tretinoin, a prescription cream, has the strongest evidence for rough skin from sun damage. It is grade A: a review pooled 8 trials with 1,361 people.',
        refs: ['tretinoinMa2025'],
      },
      {
        text: 'RF microneedling and fractional lasers have better evidence for texture than plain microneedling (grade B). They also have more downtime.',
        refs: ['tan2021', 'reviewerJudgement'],
      },
    ],
    doNothing: [
      {
        text: 'Sun exposure keeps ageing the skin. Daily sunscreen slowed measurable skin ageing by 24% over 4.5 years in a trial of 903 people.',
        refs: ['hughes2013'],
      },
    ],
  },
});
