import type { ChartingOptions } from '@corium/contracts';
import { calendarDate } from '../../lib/clinic-time';
import { lotProblemWords } from './chart-words';

/**
 * A product's lots for a picker. An unusable lot stays in the list, greyed out with the reason
 * (expired, recalled, none left), so the room sees why the box in hand cannot be charted.
 */
export function lotChoices(options: ChartingOptions, productId: string) {
  return options.lots
    .filter((lot) => lot.productId === productId)
    .map((lot) => ({
      value: lot.id,
      label: `Lot ${lot.lotNumber}, use by ${calendarDate(lot.expiresOn)}${lot.problem ? ` (${lotProblemWords[lot.problem]})` : ''}`,
      disabled: lot.problem !== null,
    }));
}
