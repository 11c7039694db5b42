import { erasureCategories, erasureRules, type ErasureCategory, type ErasureLine } from '@corium/contracts';

/**
 * What an erasure does, category by category, from the retention rules (contracts/privacy.ts)
 * and how many rows each deletable category holds for the patient. Pure: the same counts give
 * the plan shown to the admin before and the record kept after.
 */

export type ErasableCategory = {
  [C in ErasureCategory]: (typeof erasureRules.categories)[C]['outcome'] extends 'kept' ? never : C;
}[ErasureCategory];

export type ErasureCounts = Record<ErasableCategory, number>;

export const erasableCategories = erasureCategories.filter(
  (c): c is ErasableCategory => erasureRules.categories[c].outcome !== 'kept',
);

export function erasureLines(counts: ErasureCounts): ErasureLine[] {
  return erasureCategories.map((category) => {
    const rule = erasureRules.categories[category];
    return {
      category,
      label: rule.label,
      outcome: rule.outcome,
      count: rule.outcome === 'kept' ? null : counts[category as ErasableCategory],
      why: rule.why,
    };
  });
}
