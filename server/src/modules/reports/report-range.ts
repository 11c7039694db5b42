import { REPORT_MAX_MONTHS } from '@corium/contracts';
import { AppError } from '../../platform/errors/app-error';

/**
 * Pure: which whole months a report covers. Without a range it is the last twelve months up to
 * and including this one on the clinic's calendar (`thisMonth` is given, as time is data).
 */

export interface ReportMonths {
  from: string;
  to: string;
  /** Every month from `from` to `to`, in order ('2026-11', '2026-12', '2027-01'). */
  months: string[];
  /** First day of `from` and first day after `to`, for the queries. */
  fromDay: string;
  untilDay: string;
}

const index = (month: string): number => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
};
const monthAt = (i: number): string =>
  `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;

/** The month of a calendar day or of an instant in a zone ('2026-11-26' → '2026-11'). */
export function monthOf(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}`;
}

export function reportMonths(query: { from?: string; to?: string }, thisMonth: string): ReportMonths {
  const to =
    query.to ?? (query.from ? monthAt(Math.min(index(query.from) + 11, index(thisMonth))) : thisMonth);
  const from = query.from ?? monthAt(index(to) - 11);
  const count = index(to) - index(from) + 1;
  if (count < 1) throw new AppError('VALIDATION_FAILED', 'The first month comes after the last month');
  if (count > REPORT_MAX_MONTHS)
    throw new AppError('VALIDATION_FAILED', `A report covers at most ${REPORT_MAX_MONTHS} months`, {
      months: count,
    });
  const months = Array.from({ length: count }, (_, i) => monthAt(index(from) + i));
  return { from, to, months, fromDay: `${from}-01`, untilDay: `${monthAt(index(to) + 1)}-01` };
}
