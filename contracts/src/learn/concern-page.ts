import type { concernCodes } from '../patients';
import type { Claim, ConcernPage, EvidenceGrade, Verdict } from './types';

export type ConcernCode = (typeof concernCodes)[number];

/** The headings every concern page has, in this order (the content test holds each page to it). */
export const concernHeadings = {
  works: 'How well microneedling works',
  improvement: 'How much improvement to expect',
  sessions: 'Sessions and timing',
  downtime: 'Downtime',
  risks: 'Risks',
  alternatives: 'Better or additional options',
  doNothing: 'What happens if you do nothing',
} as const;

export type ConcernSectionKey = keyof typeof concernHeadings;

export interface ConcernInput {
  code: ConcernCode;
  name: string;
  description: string;
  grade: EvidenceGrade | null;
  verdict: Verdict;
  reason: Claim;
  sections: Record<ConcernSectionKey, readonly Claim[]>;
}

export const concernSlug = (code: ConcernCode): string => code.replace(/_/g, '-');

/** Pure: lets bundles that never read the pages (the staff app) leave them out. */
/* #__NO_SIDE_EFFECTS__ */
export function concernPage(input: ConcernInput): ConcernPage & { code: ConcernCode } {
  return {
    code: input.code,
    slug: concernSlug(input.code),
    name: input.name,
    title: `Microneedling for ${input.name.toLowerCase()}`,
    description: input.description,
    grade: input.grade,
    verdict: input.verdict,
    reason: input.reason,
    sections: (Object.keys(concernHeadings) as ConcernSectionKey[]).map((key) => ({
      heading: concernHeadings[key],
      claims: input.sections[key],
    })),
  };
}

/** Said on most pages: the usual course after standard settings. */
export const usualDowntime: Claim = {
  text: 'Expect redness like a mild sunburn for 1 to 3 days, or up to about 7 days after deeper settings. Then the skin may be dry and flake until about day 5.',
  refs: ['chu2021', 'granulomaCase'],
};

export const darkMarksRisk: Claim = {
  text: 'Needling can itself leave dark marks, called post-inflammatory hyperpigmentation. They are more common in darker skin, after time in the sun and with strong settings.',
  refs: ['chu2021', 'dogra2014'],
};

export const sunscreenSlowsAgeing: Claim = {
  text: 'In a trial of 903 people, daily broad-spectrum sunscreen slowed skin ageing by 24% over 4.5 years.',
  refs: ['hughes2013'],
};

export const serumRisk: Claim = {
  text: 'Serums that are not sterile, vitamin C above all, have caused lumps on freshly needled skin. These lumps are called granulomas. They can last for months.',
  refs: ['soltani2014', 'friedmann2024'],
};

export const rejuvenationCourse: Claim = {
  text: 'For skin quality, a course is usually 3 to 4 sessions about 4 weeks apart. The result is judged 3 to 5 months after the last session.',
  refs: ['exceed2018'],
};

export const pigmentGradesNote: Claim = {
  text: 'For pigment treatments other than microneedling, the grades come from the reviewer’s own clinical judgement. The clinic’s medical director checks them.',
  refs: ['reviewerJudgement'],
};
