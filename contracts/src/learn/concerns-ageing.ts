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
  text: 'Tretinoin, a prescription cream, has the strongest evidence for fine lines from sun damage. It is grade A: a review pooled 8 trials with 1,361 people. Retinol from shops is much less proven. Of 9 trials, 4 found no effect and 5 had weak methods.',
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
    text: 'Small studies show modest gains. Tretinoin and daily sunscreen have stronger evidence.',
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
        text: 'Redness and swelling are expected. Less common problems are bruising, cold-sore flare-ups and dark marks.',
        refs: ['chu2021'],
      },
      serumRisk,
    ],
    alternatives: [
      retinoidEvidence,
      {
        text: 'In a review of 26 trials with 1,721 people, collagen taken by mouth made skin a little more moist and springy. Many of the trials were paid for by the makers. It does not rebuild lines or scars.',
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
    text: 'Deep, fixed wrinkles and sagging skin change little. RF microneedling, lasers or fillers may be needed.',
    refs: ['exceed2018', 'tan2021'],
  },
  sections: {
    works: [
      {
        text: 'Deep, fixed wrinkles and sagging skin respond little to microneedling.',
        refs: ['exceed2018', 'tan2021'],
      },
      {
        text: 'In the US, the FDA has cleared microneedling devices for facial wrinkles, acne scars and belly scars. This is for adults aged 22 and over.',
        refs: ['fdaDevices'],
      },
    ],
    improvement: [oneGrade],
    sessions: [rejuvenationCourse],
    downtime: [usualDowntime],
    risks: [
      {
        text: 'Redness and swelling are expected. Less common problems are bruising, cold-sore flare-ups and dark marks.',
        refs: ['chu2021'],
      },
      serumRisk,
    ],
    alternatives: [
      {
        text: 'RF microneedling and fractional lasers have better evidence for wrinkles (grade B). Deep folds and sagging may need fillers or surgery.',
        refs: ['tan2021', 'shauly2023'],
      },
      {
        text: 'RF microneedling has more downtime. Rarely, it causes burns, fat loss and nerve injury. The FDA warned about these in October 2025.',
        refs: ['fdaRf2025'],
      },
      retinoidEvidence,
    ],
    doNothing: [sunscreenSlowsAgeing],
  },
});
