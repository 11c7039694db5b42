import {
  concernPage,
  rejuvenationCourse,
  serumRisk,
  sunscreenSlowsAgeing,
  usualDowntime,
} from './concern-page';

const oneGrade = {
  text: 'Lines improve by about one grade on wrinkle scales at best; microneedling does not remove them.',
  refs: ['exceed2018', 'fabbrocini2012'],
} as const;

const retinoidEvidence = {
  text: 'Prescription tretinoin cream has the strongest evidence for fine lines from sun damage (grade A: a meta-analysis of 8 trials with 1,361 people). Shop-bought retinol is much less proven: of 9 trials, 4 found no effect and 5 had weak methods.',
  refs: ['tretinoinMa2025', 'spierings2021'],
} as const;

export const fineLines = concernPage({
  code: 'fine_lines',
  name: 'Fine lines',
  description:
    'How much microneedling softens fine lines, the evidence, sessions, downtime, risks, and options with stronger evidence.',
  grade: 'C',
  verdict: 'modest',
  reason: {
    text: 'Modest gains in small studies; tretinoin and daily sunscreen have stronger evidence.',
    refs: ['exceed2018', 'tretinoinMa2025'],
  },
  sections: {
    works: [
      {
        text: 'Evidence for fine lines comes from small device studies and case series (grade C).',
        refs: ['exceed2018', 'fabbrocini2012'],
      },
    ],
    improvement: [oneGrade],
    sessions: [rejuvenationCourse],
    downtime: [usualDowntime],
    risks: [
      {
        text: 'Redness and swelling are expected; uncommon problems include bruising, cold-sore flare-ups and dark marks.',
        refs: ['chu2021'],
      },
      serumRisk,
    ],
    alternatives: [
      retinoidEvidence,
      {
        text: 'Oral collagen supplements modestly improved skin hydration and elasticity in a meta-analysis of 26 trials (1,721 people, many industry-funded); they do not remodel lines or scars.',
        refs: ['pu2023'],
      },
    ],
    doNothing: [
      {
        text: 'Sun exposure was linked to most visible signs of facial ageing in a study of 298 women.',
        refs: ['flament2013'],
      },
      sunscreenSlowsAgeing,
    ],
  },
});

export const wrinkles = concernPage({
  code: 'wrinkles',
  name: 'Wrinkles',
  description:
    'Why microneedling helps deeper wrinkles only a little, what works better, and what to expect from a course.',
  grade: 'C',
  verdict: 'modest',
  reason: {
    text: 'Deep, fixed wrinkles and sagging respond little; RF microneedling, lasers or fillers may be needed.',
    refs: ['exceed2018', 'tan2021'],
  },
  sections: {
    works: [
      {
        text: 'Deep, fixed wrinkles and sagging skin respond little to microneedling.',
        refs: ['exceed2018', 'tan2021'],
      },
      {
        text: 'In the US, FDA-authorised microneedling devices are cleared for facial wrinkles, acne scars and abdominal scars in adults aged 22 and over.',
        refs: ['fdaDevices'],
      },
    ],
    improvement: [oneGrade],
    sessions: [rejuvenationCourse],
    downtime: [usualDowntime],
    risks: [
      {
        text: 'Redness and swelling are expected; uncommon problems include bruising, cold-sore flare-ups and dark marks.',
        refs: ['chu2021'],
      },
      serumRisk,
    ],
    alternatives: [
      {
        text: 'Radiofrequency microneedling and fractional lasers have better evidence for wrinkles (grade B); fillers or surgery may be needed for deep folds and sagging.',
        refs: ['tan2021', 'shauly2023'],
      },
      {
        text: 'Radiofrequency microneedling brings more downtime and, rarely, burns, fat loss and nerve injury, which the FDA warned about in October 2025.',
        refs: ['fdaRf2025'],
      },
      retinoidEvidence,
    ],
    doNothing: [sunscreenSlowsAgeing],
  },
});
