import { gradesOf, type TreatmentOption } from './option-types';

export const professionalMicroneedling: TreatmentOption = {
  id: 'microneedling',
  name: 'Professional microneedling',
  evidence: {
    text: 'B for dented acne scars (small trials and reviews; low certainty overall), C for skin quality, B for stretch marks.',
    refs: ['harris2015', 'cochrane2016', 'sun2024'],
  },
  downtime: { text: '1–3 days of redness; flaking to about day 5.', refs: ['chu2021'] },
  downtimeDays: 3,
  course: { text: '3–6 sessions about 4 weeks apart; results at 3–6 months.', refs: ['harris2015'] },
  cost: {
    text: 'About $200–700 per session, roughly $600–4,200 for a course (US, indicative).',
    refs: ['dover2025'],
  },
  costFromUsd: 200,
  risks: {
    text: 'Passing redness and swelling; dark marks (0–22% depending on skin type and site); cold-sore flare-ups; rare tram-track scars; granulomas from non-sterile serums; infection with poor hygiene.',
    refs: ['chu2021', 'dogra2014', 'striae2023', 'friedmann2024', 'cdc2024'],
  },
  avoidWhen: {
    text: 'Ice-pick scars (on its own), marked sagging, deep fixed wrinkles, active acne or infection, pregnancy; keloid tendency needs a doctor.',
    refs: ['harris2015', 'trivedi2017', 'tan2021'],
  },
  grades: gradesOf(['B', 'C', 'C', 'C', 'D', null, 'B', 'C', 'C', 'B']),
};

export const homeRollers: TreatmentOption = {
  id: 'home-rollers',
  name: 'At-home rollers and pens',
  evidence: {
    text: 'D: no meaningful trials. Home needles (about 0.2–0.3 mm) mostly act on the surface layer and cannot match clinic results.',
    refs: ['fdaGuidance2020', 'allure2017'],
  },
  downtime: { text: 'None to 1 day.', refs: ['reviewerJudgement'] },
  downtimeDays: 1,
  course: { text: 'Frequent and ongoing.', refs: ['reviewerJudgement'] },
  cost: { text: 'About $10–60 for a device.', refs: ['reviewerJudgement'] },
  costFromUsd: 10,
  risks: {
    text: 'Infection from non-sterile reuse, scratching and tearing, granulomas from serums, contact dermatitis, scarring if long needles are misused.',
    refs: ['fdaGuidance2020', 'friedmann2024'],
  },
  avoidWhen: {
    text: 'Any scar or wrinkle goal; needles longer than 0.3 mm; shared devices; darker skin prone to dark marks.',
    refs: ['fdaGuidance2020', 'reviewerJudgement'],
  },
  grades: gradesOf(['D', null, 'D', null, 'D', null, 'D', null, 'D', null]),
};

export const rfMicroneedling: TreatmentOption = {
  id: 'rf-microneedling',
  name: 'RF microneedling',
  evidence: {
    text: 'B: 42 higher-quality studies in a critical review; about as good as a 1,550-nm laser for acne scars in one trial.',
    refs: ['tan2021', 'chae2015'],
  },
  downtime: { text: '2–5 days; crusting and grid marks possible.', refs: ['rfSideEffects'] },
  downtimeDays: 5,
  course: {
    text: 'About 3 sessions 4–6 weeks apart; improvement continues up to 6 months.',
    refs: ['tan2021'],
  },
  cost: { text: 'About $700–2,000 per session (not confirmed in a source).', refs: ['reviewerJudgement'] },
  costFromUsd: 700,
  risks: {
    text: 'As microneedling, plus burns, fat loss, nerve injury and disfigurement (FDA warning, October 2025); dark marks in about 4% in one series.',
    refs: ['fdaRf2025', 'rfSideEffects'],
  },
  avoidWhen: {
    text: 'Pacemaker or other implants; expecting a surgical-style lift; never at home.',
    refs: ['reviewerJudgement', 'shauly2023'],
  },
  grades: gradesOf(['B', 'C', 'B', 'C', 'C', null, 'B', 'B', 'B', 'C']),
};

export const nonAblativeLaser: TreatmentOption = {
  id: 'non-ablative-laser',
  name: 'Fractional laser (non-ablative)',
  evidence: {
    text: 'B: randomised trials; equal to microneedling for acne scars in one trial.',
    refs: ['cachafeiro2016'],
  },
  downtime: { text: '2–5 days; redness lasts longer than after microneedling.', refs: ['reviewerJudgement'] },
  downtimeDays: 5,
  course: { text: '3–5 sessions, 4 weeks apart.', refs: ['reviewerJudgement'] },
  cost: { text: 'About $1,000–2,500 per session (US, indicative).', refs: ['dover2025'] },
  costFromUsd: 1000,
  risks: {
    text: 'Dark marks (13.6% against 0% with microneedling in one trial), cold-sore flare-ups, long-lasting redness.',
    refs: ['cachafeiro2016'],
  },
  avoidWhen: {
    text: 'Darker skin without expert settings; melasma (risk of rebound).',
    refs: ['reviewerJudgement'],
  },
  grades: gradesOf(['B', 'C', 'B', 'C', 'C', 'C', 'B', 'B', 'B', 'C']),
};

export const ablativeLaser: TreatmentOption = {
  id: 'ablative-laser',
  name: 'Fractional laser (ablative)',
  evidence: {
    text: 'B: randomised trials; a fractional erbium laser outperformed microneedling for acne scars (70% against 30% response at 3 months, 30 people).',
    refs: ['osman2017'],
  },
  downtime: { text: '5–14 days to heal; redness for weeks.', refs: ['reviewerJudgement'] },
  downtimeDays: 14,
  course: { text: '1–3 sessions.', refs: ['reviewerJudgement'] },
  cost: { text: 'About $2,000–4,000 per session (US, indicative).', refs: ['dover2025'] },
  costFromUsd: 2000,
  risks: {
    text: 'Infection (more than non-ablative), cold-sore flare-ups, dark or light patches, scarring; higher in skin of colour.',
    refs: ['reviewerJudgement'],
  },
  avoidWhen: {
    text: 'Darker skin without an expert; recent isotretinoin; melasma.',
    refs: ['reviewerJudgement'],
  },
  grades: gradesOf(['B', 'C', 'B', 'C', 'C', 'C', 'B', 'B', 'B', null]),
};

export const chemicalPeels: TreatmentOption = {
  id: 'chemical-peels',
  name: 'Chemical peels',
  evidence: {
    text: 'B for melasma and sun damage (various trials, not reviewed in depth); C for scars, where focal TCA treats ice-pick scars.',
    refs: ['reviewerJudgement', 'harris2015'],
  },
  downtime: { text: 'Superficial 0–3 days; medium 5–10 days.', refs: ['reviewerJudgement'] },
  downtimeDays: 3,
  course: { text: 'Superficial: a series of 4–6, 2–4 weeks apart.', refs: ['reviewerJudgement'] },
  cost: {
    text: 'Superficial about $150–300; medium about $400–700 or more (US, indicative).',
    refs: ['dover2025'],
  },
  costFromUsd: 150,
  risks: {
    text: 'Irritation, dark marks (especially medium peels in darker skin), cold-sore flare-ups, scarring with deep peels.',
    refs: ['reviewerJudgement'],
  },
  avoidWhen: {
    text: 'Deep peels in darker skin; an active cold sore; pregnancy (caution with TCA and salicylic acid).',
    refs: ['trivedi2017', 'reviewerJudgement'],
  },
  grades: gradesOf(['C', 'B', 'B', 'C', 'C', 'C', 'D', 'B', 'B', 'B']),
};
