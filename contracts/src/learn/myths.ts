import type { MythEntry } from './types';

/**
 * The wrong, unsupported or overstated claims of the article patients read today (section 1 of
 * the clinical reference), paraphrased, each with the correction and its sources.
 */
export const myths: readonly MythEntry[] = [
  {
    myth: 'Microneedling puts collagen into your pores.',
    verdict: 'wrong',
    fact: {
      text: 'Nothing is put in and pores are not the target. Fine solid needles make tiny punctures, and the body’s own repair builds new collagen.',
      refs: ['hou2017', 'alster2018', 'cfr878'],
    },
  },
  {
    myth: 'The treatment pushes thousands of needles into your skin like an injection.',
    verdict: 'wrong',
    fact: {
      text: 'The needles puncture the skin and come straight out; nothing is injected.',
      refs: ['hou2017'],
    },
  },
  {
    myth: 'The pen is just another name for a derma roller.',
    verdict: 'wrong',
    fact: {
      text: 'They are different devices. A roller’s needles enter at an angle and its depth depends on pressure; a pen stamps straight in at a set depth with a single-use sterile cartridge.',
      refs: ['singh2016', 'fdaDevices'],
    },
  },
  {
    myth: 'Each session goes deeper because your skin gets thicker.',
    verdict: 'wrong',
    fact: {
      text: 'Depth is a setting the practitioner chooses for each area and problem. It does not increase by itself.',
      refs: ['hou2017', 'shauly2023'],
    },
  },
  {
    myth: 'Most people look old in their late twenties because their collagen runs out.',
    verdict: 'wrong',
    fact: {
      text: 'Visible ageing in the twenties is uncommon and comes mostly from sun exposure, smoking and genes. Sun exposure was linked to most visible signs of facial ageing in a study of 298 women.',
      refs: ['flament2013', 'reilly2021'],
    },
  },
  {
    myth: 'New collagen moisturises the skin.',
    verdict: 'wrong',
    fact: {
      text: 'Collagen gives skin its structure; it does not moisturise. Moisture is kept in by the skin’s outer barrier.',
      refs: ['reviewerJudgement'],
    },
  },
  {
    myth: 'After treatment, scars are gone.',
    verdict: 'wrong',
    fact: {
      text: 'Gains are partial: on average about one grade on a 4-grade scar scale, and in one trial only a 3.4-point drop in the scar score at 6 months.',
      refs: ['alam2014', 'dogra2014'],
    },
  },
  {
    myth: 'Wrinkles and fine lines disappear for good.',
    verdict: 'wrong',
    fact: {
      text: 'Lines improve by about one grade at best; deep, fixed wrinkles and sagging respond little.',
      refs: ['exceed2018', 'fabbrocini2012'],
    },
  },
  {
    myth: 'Sagging skin goes away with time after microneedling.',
    verdict: 'wrong',
    fact: {
      text: 'Standard microneedling does little for sagging. Radiofrequency microneedling has more data, but its effect is still modest.',
      refs: ['tan2021', 'shauly2023'],
    },
  },
  {
    myth: 'Pores shrink and skin looks like a baby’s after the first session.',
    verdict: 'unsupported',
    fact: {
      text: 'Pore data are minimal. Smoother skin right after a session is mostly temporary swelling, so pore reduction cannot be promised.',
      refs: ['alster2018', 'reviewerJudgement'],
    },
  },
  {
    myth: 'Microneedling clears sunspots.',
    verdict: 'unsupported',
    fact: {
      text: 'No meaningful evidence was found. Light treatments, pigment lasers, freezing or creams work better, and a changing spot needs a skin-cancer check first.',
      refs: ['reviewerJudgement', 'fdaDevices'],
    },
  },
  {
    myth: 'Microneedling rescues melasma when no product works.',
    verdict: 'overstated',
    fact: {
      text: 'It is mainly an add-on that helps tranexamic acid work, in small trials. It can itself cause dark marks, and melasma often returns.',
      refs: ['cassiano2020', 'saleh2019', 'chu2021'],
    },
  },
  {
    myth: 'Skin soaks up nutrients better afterwards, so put your serums on.',
    verdict: 'overstated',
    fact: {
      text: 'Skin does let products through for some hours — which is why only sterile products made for needled skin may be used. Vitamin C and other serums have caused lasting granulomas.',
      refs: ['soltani2014', 'friedmann2024'],
    },
  },
  {
    myth: 'Studies show that combining microneedling with Botox cannot harm you.',
    verdict: 'unsupported',
    fact: {
      text: 'No study shows the combination is harmless. The timing data are indirect: after same-day toxin and laser treatment, eyelid droop occurred in 1 of 616 treatments (0.2%).',
      refs: ['pomerantz2021'],
    },
  },
  {
    myth: 'Natural ways to boost collagen work just as well.',
    verdict: 'wrong',
    fact: {
      text: 'No diet or natural remedy has been shown to remodel scars. Oral collagen modestly improved hydration and elasticity (26 trials, 1,721 people), not scars, pores or pigment. Daily sunscreen and tretinoin have the best evidence without a procedure.',
      refs: ['pu2023', 'hughes2013', 'tretinoinMa2025'],
    },
  },
  {
    myth: 'Home microneedling is a cheap option worth trying.',
    verdict: 'overstated',
    fact: {
      text: 'Home rollers are short (about 0.2–0.3 mm) and mostly act on the surface. They cannot match clinic results and carry infection, tearing and granuloma risks.',
      refs: ['fdaGuidance2020', 'allure2017'],
    },
  },
  {
    myth: 'You should sleep on silk after treatment.',
    verdict: 'unsupported',
    fact: {
      text: 'A freshly washed pillowcase on the first night is sensible hygiene; cotton is fine. Silk has no proven benefit.',
      refs: ['skinPenCare', 'reviewerJudgement'],
    },
  },
  {
    myth: 'Avoid hot-tasting or greasy food while your skin heals.',
    verdict: 'unsupported',
    fact: {
      text: 'There is no evidence that diet affects healing after microneedling.',
      refs: ['reviewerJudgement'],
    },
  },
  {
    myth: 'Flaking means the treatment is clearing out extra oil and dead cells.',
    verdict: 'wrong',
    fact: {
      text: 'Flaking and dryness are part of the skin repairing itself after the tiny wounds, and pass within days.',
      refs: ['chu2021'],
    },
  },
  {
    myth: 'Too much shedding can lead to complicated skin conditions.',
    verdict: 'unsupported',
    fact: {
      text: 'There is no evidence for this. The real concerns are picking (infection, dark marks, scarring) and reactions to products.',
      refs: ['chu2021', 'reviewerJudgement'],
    },
  },
  {
    myth: 'The skin is numbed with a local anaesthetic injection.',
    verdict: 'partly true',
    fact: {
      text: 'The usual numbing is a cream left on for 30 to 60 minutes; injections are not routine. Strong creams over large areas have caused deaths, so the clinic uses the lowest effective amount.',
      refs: ['luz2017', 'fdaAnaesthetics'],
    },
  },
  {
    myth: 'The whole process takes 10 to 20 minutes, and a couple of visits are enough.',
    verdict: 'partly true',
    fact: {
      text: 'Needling a full face takes about 15 to 30 minutes, and a visit with numbing usually 60 to 90 minutes. A course is usually 3 to 6 sessions about 4 weeks apart.',
      refs: ['skinPenInfo', 'aedit', 'harris2015'],
    },
  },
];
