import type { ContentPage } from './types';

export const whatIsMicroneedling: ContentPage = {
  slug: 'what-is-microneedling',
  title: 'What microneedling is',
  description:
    'How microneedling works in plain words, the difference between a pen and a roller, and what a course of treatment looks like.',
  sections: [
    {
      heading: 'How it works',
      claims: [
        {
          text: 'Very fine, solid needles make thousands of tiny punctures through the top layer of skin into the layer below, then come straight out. Nothing is put into the skin.',
          refs: ['hou2017', 'alster2018'],
        },
        {
          text: 'The skin repairs these tiny wounds. The repair releases growth factors that make cells called fibroblasts lay down new collagen, elastin and small blood vessels over weeks to months.',
          refs: ['hou2017', 'singh2016'],
        },
        {
          text: 'The surface of the skin stays largely intact, which is why recovery is quicker than after resurfacing lasers.',
          refs: ['aust2008', 'hou2017'],
        },
        {
          text: 'In one series, skin samples showed more collagen and elastin 6 months after treatment and a thicker outer skin layer after 1 year.',
          refs: ['aust2008'],
        },
        {
          text: 'For some hours afterwards the skin lets products through much more easily. That is why only sterile products made for needled skin may go on it: other serums have caused lasting lumps (granulomas).',
          refs: ['soltani2014', 'friedmann2024'],
        },
      ],
    },
    {
      heading: 'A pen is not a roller',
      claims: [
        {
          text: 'A roller is a drum with about 192 fixed needles rolled across the skin. The needles go in and out at an angle, so they tear the surface more, and the depth depends on how hard it is pressed.',
          refs: ['singh2016'],
        },
        {
          text: 'A motorised pen stamps its needles straight in and out at a depth the practitioner sets, using a sterile cartridge that is used once.',
          refs: ['singh2016', 'fdaDevices'],
        },
        {
          text: 'The needle depth is chosen for each area of the face or body and for the problem being treated. It does not go deeper by itself at each session.',
          refs: ['hou2017', 'shauly2023'],
        },
        {
          text: 'Needles and cartridges that touch the skin must be sterile and used once. Reused equipment at an unlicensed spa passed HIV between clients.',
          refs: ['cfr878', 'cdc2024'],
        },
      ],
    },
    {
      heading: 'What a course looks like',
      claims: [
        {
          text: 'Numbing cream goes on first and stays for 30 to 60 minutes; it is wiped off and the skin is cleaned before needling.',
          refs: ['luz2017', 'fdaAnaesthetics'],
        },
        {
          text: 'Needling a full face takes about 15 to 30 minutes, so with numbing, photos and aftercare a visit usually lasts 60 to 90 minutes.',
          refs: ['skinPenInfo', 'aedit', 'reviewerJudgement'],
        },
        {
          text: 'A course is usually 3 to 6 sessions about 4 weeks apart (2 to 6 weeks), depending on what is treated.',
          refs: ['harris2015', 'exceed2018'],
        },
        {
          text: 'New collagen forms slowly: the result is judged 3 to 6 months after the last session, not after the first one.',
          refs: ['alam2014', 'harris2015'],
        },
        {
          text: 'Improvement is usually partial: dented acne scars improve by about one grade on a 4-grade scale, and lines by about one grade.',
          refs: ['alam2014', 'exceed2018'],
        },
      ],
    },
    {
      heading: 'Who should wait or talk to a doctor first',
      claims: [
        {
          text: 'Microneedling is postponed during pregnancy and breastfeeding, because there is no safety information for this time.',
          refs: ['trivedi2017'],
        },
        {
          text: 'Ice-pick scars, keloid scars, a changing mole, melasma, recent isotretinoin tablets and darker skin wanting lasers are reasons to see a doctor first.',
          refs: ['reviewerJudgement', 'harris2015'],
        },
      ],
    },
  ],
};

export const evidenceLegend = {
  A: 'Strong: a systematic review of controlled trials, or several trials that agree.',
  B: 'Moderate: one controlled trial or split-face study, or a large consistent group of patients.',
  C: 'Limited: case series, case reports, device instructions or expert opinion.',
  D: 'Not confirmed: the reviewer’s clinical judgement; no published source was found.',
} as const;
