import type { ContentPage } from './types';

const care = ['skinPenCare', 'reviewerJudgement'] as const;

export const aftercare: ContentPage = {
  slug: 'aftercare',
  title: 'Side effects and aftercare',
  description:
    'What is normal after microneedling, day by day, how to look after your skin, and the warning signs that need a call.',
  sections: [
    {
      heading: 'Day 0: treatment day',
      claims: [
        {
          text: 'Skin looks and feels like a mild sunburn: red, warm and tight, with pinpoint bleeding or a little clear ooze in the first hours.',
          refs: ['chu2021', 'alster2018'],
        },
        {
          text: 'Only put on the sterile product the clinic gave you. No make-up, serums, fragrance, oils or vitamin C. Keep your hands off and stay out of the sun.',
          refs: ['skinPenCare', 'friedmann2024'],
        },
        {
          text: 'No workouts, sauna, steam room, hot tub or swimming. A freshly washed pillowcase for the first night is sensible; cotton is fine.',
          refs: care,
        },
      ],
    },
    {
      heading: 'Day 1',
      claims: [
        {
          text: 'Redness is fading; skin may feel dry or tight, and the area around the eyes may be a little swollen.',
          refs: ['chu2021'],
        },
        {
          text: 'Wash with a gentle, non-foaming cleanser and use a plain, fragrance-free moisturiser. Start a mineral sunscreen (SPF 30 or more) from 24 hours.',
          refs: care,
        },
      ],
    },
    {
      heading: 'Days 2 to 3',
      claims: [
        {
          text: 'Some pinkness and dryness; itching may start. Most redness has gone by day 3 after standard settings.',
          refs: ['chu2021', 'granulomaCase'],
        },
        {
          text: 'Moisturise often and use a cool compress for itching. Do not scratch or pick. The gym is fine from about 72 hours if there are no open areas.',
          refs: care,
        },
      ],
    },
    {
      heading: 'Days 4 to 7',
      claims: [
        {
          text: 'Fine flaking peaks and settles — let it come off by itself. By days 6 to 7 skin usually looks normal.',
          refs: ['chu2021', 'skinPenCare'],
        },
        {
          text: 'Retinoids, acids, vitamin C and benzoyl peroxide can usually restart around day 7, every other night at first, if the skin is calm.',
          refs: care,
        },
      ],
    },
    {
      heading: 'Days 8 to 14 and after',
      claims: [
        {
          text: 'Skin looks normal while collagen keeps remodelling for months. Use sunscreen every day for the whole course: new skin burns and darkens more easily.',
          refs: ['skinPenCare', 'hou2017'],
        },
        {
          text: 'The next session is usually about 4 weeks later; booking sooner than 2 weeks is not advised.',
          refs: ['harris2015', 'reviewerJudgement'],
        },
      ],
    },
    {
      heading: 'Call emergency services now if',
      claims: [
        {
          text: 'During or soon after numbing you have a seizure, faint, chest pain, a racing heart, trouble breathing, confusion, or numb lips with ringing ears or dizziness.',
          refs: ['fdaAnaesthetics'],
        },
        {
          text: 'Your face, lips or tongue swell and you wheeze or struggle to breathe; or redness spreads fast with high fever, or the eye swells with pain or changed vision.',
          refs: ['reviewerJudgement'],
        },
      ],
    },
    {
      heading: 'Contact the clinic the same day if',
      claims: [
        {
          text: 'You see pus, yellow or honey-coloured crusts, red streaks or redness spreading beyond the treated area, or you have a fever of 38 °C or more.',
          refs: ['harris2015', 'reviewerJudgement'],
        },
        {
          text: 'Pain increases after day 2 instead of easing, or grouped blisters or crusts appear (possibly a cold-sore flare, which needs early treatment).',
          refs: ['cassiano2020', 'reviewerJudgement'],
        },
      ],
    },
    {
      heading: 'Ask for a review within a few days if',
      claims: [
        {
          text: 'Redness is still marked at day 7, or any redness lasts beyond 14 days.',
          refs: ['chu2021', 'reviewerJudgement'],
        },
        {
          text: 'New bumps or lumps appear a week or more after treatment, or keep growing: they can be granulomas or a slow infection that needs tests.',
          refs: ['friedmann2024', 'zeng2025'],
        },
        {
          text: 'Skin turns darker or lighter, a raised or lined scar forms, or an itchy rash spreads.',
          refs: ['chu2021', 'dogra2014'],
        },
      ],
    },
  ],
};
