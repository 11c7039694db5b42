import { aftercare } from './aftercare';
import { whatIsMicroneedling } from './basics';
import type { ConcernCode } from './concern-page';
import { fineLines, wrinkles } from './concerns-ageing';
import { melasma, pigmentation, sunspots, unevenTone } from './concerns-pigment';
import { acneScars, enlargedPores, stretchMarks, texture } from './concerns-scars';
import type { TreatmentOption } from './option-types';
import { dailySunscreen, oralCollagen, topicalRetinoids, vitaminC } from './options-everyday';
import {
  ablativeLaser,
  chemicalPeels,
  homeRollers,
  nonAblativeLaser,
  professionalMicroneedling,
  rfMicroneedling,
} from './options-procedures';
import type { ConcernPage } from './types';

export * from './references';
export * from './types';
export { concernHeadings, concernSlug, type ConcernCode } from './concern-page';
export type { TreatmentOption } from './option-types';
export { evidenceLegend } from './basics';
export { myths } from './myths';
export { aftercare, whatIsMicroneedling };

/** One page per concern, in the order of `concernCodes`. */
export const concernPages: Record<ConcernCode, ConcernPage & { code: ConcernCode }> = {
  acne_scars: acneScars,
  uneven_tone: unevenTone,
  texture,
  pigmentation,
  enlarged_pores: enlargedPores,
  sunspots,
  stretch_marks: stretchMarks,
  wrinkles,
  fine_lines: fineLines,
  melasma,
};

/** The rows of "Your options compared", professional microneedling first. */
export const treatmentOptions: readonly TreatmentOption[] = [
  professionalMicroneedling,
  homeRollers,
  rfMicroneedling,
  nonAblativeLaser,
  ablativeLaser,
  chemicalPeels,
  topicalRetinoids,
  vitaminC,
  oralCollagen,
  dailySunscreen,
];
export { forbiddenPhrases } from './forbidden-phrases';
export * from './branding';
