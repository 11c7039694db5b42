/**
 * What a patient does before a needling visit, told in the reminder a day ahead. Data, not
 * code: each instruction names where it comes from in the clinical reference
 * (shared/domain/clinical-reference.md), and the set carries a version that the reminder's
 * record keeps, so a changed instruction is a new version, never a silent edit.
 *
 * Only what the reference supports is here; its list of myths (silk pillowcases, diet,
 * drinking extra water, avoiding NSAIDs) is deliberately absent.
 */

export interface PreCareInstruction {
  id: string;
  text: string;
  /** Rule ids and sections of the clinical reference this rests on. */
  references: string[];
}

export interface PreCareSet {
  version: string;
  /** The visits it is for: treatments of these modalities; consultations and reviews get none. */
  modalities: readonly ('microneedling' | 'rf-microneedling')[];
  instructions: readonly PreCareInstruction[];
}

export const preCareSet: PreCareSet = {
  version: '2026-11-27.1',
  modalities: ['microneedling', 'rf-microneedling'],
  instructions: [
    {
      id: 'pause-actives',
      text:
        'Stop retinoids (tretinoin, adapalene, tazarotene, retinol), exfoliating acids (AHA/BHA) and ' +
        'benzoyl peroxide 3–5 days before your visit.',
      references: ['C10', '§4 day 28–42'],
    },
    {
      id: 'no-sun',
      text:
        'Avoid sunburn and tanning, including sunbeds and self-tan, in the days before. If the area is ' +
        'sunburnt, call us: we will move your visit until the skin has settled.',
      references: ['C04', 'C26'],
    },
    {
      id: 'no-make-up',
      text: 'Come without make-up on the area to be treated.',
      references: ['§2.4'],
    },
    {
      id: 'arrive-on-time',
      text:
        'Please arrive on time: the numbing cream needs 30–60 minutes on the skin before treatment ' +
        'starts, and that time is part of your booking.',
      references: ['§2.5', '§2.6'],
    },
  ],
};

/** The instructions for a visit of this modality (none for consultations and reviews). */
export function preCareFor(
  modality: string | null,
  set: PreCareSet = preCareSet,
): readonly PreCareInstruction[] {
  return set.modalities.some((m) => m === modality) ? set.instructions : [];
}
