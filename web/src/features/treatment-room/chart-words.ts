import type { Endpoint, LotProblem, PhotosAtStart, StartCheckStep, ZoneId } from '@corium/contracts';
import { depthText, zoneWords } from '../screening/screening-words';

export { depthText, zoneWords };

/** Each check before starting, as the room says it, in the order they are made. */
export const checkTitles: Record<StartCheckStep, string> = {
  checked_in: 'Checked in',
  screening: 'Day-of screening',
  consent: 'Consent on the current template',
  photos: 'Baseline photos',
};

export const endpointWords: Record<Endpoint, string> = {
  erythema: 'Erythema',
  pinpoint_bleeding: 'Pinpoint bleeding',
  stopped_early: 'Stopped early',
};

export const directionWords = {
  vertical: 'Vertical',
  horizontal: 'Horizontal',
  diagonal_right: 'Diagonal ↗',
  diagonal_left: 'Diagonal ↖',
} as const;

export const photosWords: Record<PhotosAtStart, string> = {
  taken: 'Taken',
  declined: 'Declined by the patient',
  unavailable: 'Unavailable',
};

export const lotProblemWords: Record<LotProblem, string> = {
  expired: 'expired',
  recalled: 'recalled',
  out_of_stock: 'none left in stock',
};

/** "forehead, cheeks and chin": zones in a sentence, for the portal and summaries. */
export function zonesSentence(zones: readonly ZoneId[]): string {
  const words = zones.map((zone) => zoneWords[zone].toLowerCase());
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** "0.5 to 1.5 mm", or one depth when every zone had the same. */
export function depthRangeText(range: { min: number; max: number }): string {
  if (range.min === range.max) return depthText(range.max);
  return `${range.min.toLocaleString(undefined, { maximumFractionDigits: 2 })} to ${depthText(range.max)}`;
}
