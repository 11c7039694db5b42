import type { OtherTreatmentKind, ZoneId } from '@corium/contracts';
import { zoneGroups, zoneWords } from '../screening/screening-words';

export const kindWords: Record<OtherTreatmentKind, string> = {
  botulinum_toxin: 'Botulinum toxin',
  dermal_filler: 'Dermal filler',
  chemical_peel: 'Chemical peel',
  laser: 'Laser',
  other: 'Other treatment',
};

export const kindOptions = Object.entries(kindWords).map(([value, label]) => ({ value, label }));

const wholeFace = zoneGroups[0]!.zones;

/** Zones in words, e.g. "Whole face, Neck"; nine face zones read better as the face they are. */
export function zonesText(zones: readonly ZoneId[]): string {
  const faceWhole = wholeFace.every((zone) => zones.includes(zone));
  const rest = faceWhole ? zones.filter((zone) => !wholeFace.includes(zone)) : zones;
  return [...(faceWhole ? ['Whole face'] : []), ...rest.map((zone) => zoneWords[zone])].join(', ');
}

/**
 * Why these records matter, in the windows of the server's rule table
 * (server/src/modules/booking/other-treatment-spacing.ts, rules C12/C13 and peel-laser-14d):
 * toxin ≥ 14 days before needling, ≥ 7 after (14 after RF); filler ≥ 14 before (28 before RF),
 * ≥ 14 after; a peel or laser within 14 days either side warns.
 */
export const spacingExplanation =
  'Booking refuses needling in the same area less than 14 days after botulinum toxin or dermal ' +
  'filler (28 days after filler for RF microneedling), or less than 7 days before toxin (14 for RF) ' +
  'or 14 days before filler, unless a prescriber overrides. A chemical peel or laser within 14 days ' +
  'either side is flagged.';
