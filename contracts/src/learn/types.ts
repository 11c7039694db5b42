import type { ReferenceId } from './references';

/**
 * The public pages as data. Every sentence that states a fact is a `Claim` with at least one
 * reference id; the pages render the ids as numbered footnotes linked to the reference list.
 */
export interface Claim {
  text: string;
  refs: readonly ReferenceId[];
}

/** The evidence scale of section 0 of the clinical reference. */
export const evidenceGrades = ['A', 'B', 'C', 'D'] as const;
export type EvidenceGrade = (typeof evidenceGrades)[number];

export interface ContentSection {
  heading: string;
  claims: readonly Claim[];
}

export interface ContentPage {
  slug: string;
  title: string;
  /** The meta description search engines show: one plain sentence. */
  description: string;
  sections: readonly ContentSection[];
}

/** How microneedling fares for a concern, as the options table and the concern page show it. */
export type Verdict = 'reasonable' | 'modest' | 'adjunct' | 'not-recommended';

export interface ConcernPage extends ContentPage {
  name: string;
  /** The evidence grade for professional microneedling on this concern; null when none was found. */
  grade: EvidenceGrade | null;
  verdict: Verdict;
  /** One sentence why, shown in the options table beside the grade. */
  reason: Claim;
}

export interface MythEntry {
  /** The article's claim, paraphrased. */
  myth: string;
  verdict: 'wrong' | 'unsupported' | 'overstated' | 'partly true';
  fact: Claim;
}
