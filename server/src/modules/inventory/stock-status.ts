import { NEAR_EXPIRY_DAYS, type StockWarning } from '@corium/contracts';

/**
 * What a lot's and a product's stock needs attention for, judged on the clinic's calendar day.
 * Pure: the day comes in as data.
 *
 * A lot is usable through its expiry date: expiring 2026-12-10, it is near expiry from
 * 2026-11-10 (30 days before) and expired from 2026-12-11.
 */

export interface LotState {
  expiresOn: string;
  onHand: number;
  recalled: boolean;
}

export interface ProductState {
  active: boolean;
  lowStockAt: number;
  lots: readonly LotState[];
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to`, both `YYYY-MM-DD` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The clinic's calendar day at `now`, `YYYY-MM-DD`. */
export function clinicToday(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export const isExpired = (lot: Pick<LotState, 'expiresOn'>, today: string): boolean =>
  daysBetween(today, lot.expiresOn) < 0;

/** The lot's own state: recalled, expired, or expiring within NEAR_EXPIRY_DAYS. */
export function lotWarnings(lot: LotState, today: string): StockWarning[] {
  const warnings: StockWarning[] = [];
  if (lot.recalled) warnings.push('recalled');
  const daysLeft = daysBetween(today, lot.expiresOn);
  if (daysLeft < 0) warnings.push('expired');
  else if (daysLeft <= NEAR_EXPIRY_DAYS) warnings.push('near_expiry');
  return warnings;
}

/** Units that may still be used: in lots neither expired nor recalled. */
export const usableOnHand = (lots: readonly LotState[], today: string): number =>
  lots.filter((lot) => !lot.recalled && !isExpired(lot, today)).reduce((sum, lot) => sum + lot.onHand, 0);

/**
 * A product's warnings: low stock when its usable units fall to its threshold (an inactive
 * product is no longer restocked, so it never warns of that); near expiry and expired only for
 * lots that still hold units; recalled when any lot is.
 */
export function productWarnings(product: ProductState, today: string): StockWarning[] {
  const warnings = new Set<StockWarning>();
  if (product.active && usableOnHand(product.lots, today) <= product.lowStockAt) warnings.add('low_stock');
  for (const lot of product.lots) {
    for (const warning of lotWarnings(lot, today)) {
      if (warning === 'recalled' || lot.onHand > 0) warnings.add(warning);
    }
  }
  const order: StockWarning[] = ['recalled', 'expired', 'near_expiry', 'low_stock'];
  return order.filter((w) => warnings.has(w));
}
