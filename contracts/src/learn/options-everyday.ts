import { gradesOf, type TreatmentOption } from './option-types';

export const topicalRetinoids: TreatmentOption = {
  id: 'retinoids',
  name: 'Topical retinoids',
  evidence: {
    text: 'A for prescription tretinoin on sun-damaged skin (meta-analysis of 8 trials, 1,361 people); weak for shop-bought retinol (9 trials: 4 found no effect, 5 had weak methods).',
    refs: ['tretinoinMa2025', 'spierings2021'],
  },
  downtime: {
    text: 'None, but 2–6 weeks of dryness and irritation are common.',
    refs: ['reviewerJudgement'],
  },
  downtimeDays: 0,
  course: { text: 'Daily for at least 3–6 months, then ongoing.', refs: ['tretinoinMa2025'] },
  cost: { text: 'Generic tretinoin about $10–100 a month.', refs: ['reviewerJudgement'] },
  costFromUsd: 10,
  risks: { text: 'Irritation and sun sensitivity.', refs: ['tretinoinMa2025'] },
  avoidWhen: {
    text: 'Pregnancy; paused for a few days around microneedling sessions.',
    refs: ['reviewerJudgement', 'skinPenCare'],
  },
  grades: gradesOf(['C', 'B', 'A', 'C', 'C', 'B', 'C', 'A', 'A', 'A']),
};

export const vitaminC: TreatmentOption = {
  id: 'vitamin-c',
  name: 'Topical vitamin C',
  evidence: {
    text: 'C: small trials, as an antioxidant add-on to sun protection with mild brightening.',
    refs: ['reviewerJudgement'],
  },
  downtime: { text: 'None.', refs: ['reviewerJudgement'] },
  downtimeDays: 0,
  course: { text: 'Daily.', refs: ['reviewerJudgement'] },
  cost: { text: 'About $20–150 a bottle.', refs: ['reviewerJudgement'] },
  costFromUsd: 20,
  risks: {
    text: 'Irritation; never apply during or just after needling, where vitamin C serums have caused granulomas.',
    refs: ['soltani2014', 'friedmann2024'],
  },
  avoidWhen: { text: 'On freshly needled skin.', refs: ['friedmann2024'] },
  grades: gradesOf([null, 'C', 'C', 'C', null, 'C', null, null, 'C', 'C']),
};

export const oralCollagen: TreatmentOption = {
  id: 'oral-collagen',
  name: 'Oral collagen supplements',
  evidence: {
    text: 'B for a modest gain in skin hydration and elasticity (26 trials, 1,721 people; many industry-funded); none for scars, pores, pigment or stretch marks.',
    refs: ['pu2023'],
  },
  downtime: { text: 'None.', refs: ['pu2023'] },
  downtimeDays: 0,
  course: { text: 'Daily; about 8–12 weeks in trials.', refs: ['pu2023'] },
  cost: { text: 'About $20–60 a month.', refs: ['reviewerJudgement'] },
  costFromUsd: 20,
  risks: { text: 'Minimal; supplement quality is not regulated like medicines.', refs: ['pu2023'] },
  avoidWhen: { text: 'Expecting scars or pigment to change.', refs: ['pu2023'] },
  grades: gradesOf([null, null, null, null, null, null, null, null, 'B', null]),
};

export const dailySunscreen: TreatmentOption = {
  id: 'sunscreen',
  name: 'Daily sunscreen',
  evidence: {
    text: 'B: in a trial of 903 people, daily sunscreen slowed measurable skin ageing by 24% over 4.5 years. It also protects treatment results and is essential with melasma and dark marks.',
    refs: ['hughes2013'],
  },
  downtime: { text: 'None.', refs: ['hughes2013'] },
  downtimeDays: 0,
  course: { text: 'Every day, for life.', refs: ['hughes2013'] },
  cost: { text: 'Low.', refs: ['reviewerJudgement'] },
  costFromUsd: 0,
  risks: { text: 'Minimal.', refs: ['hughes2013'] },
  avoidWhen: { text: 'Nothing: it suits everyone.', refs: ['reviewerJudgement'] },
  grades: gradesOf([null, null, 'B', null, null, null, null, 'B', 'B', null]),
};
