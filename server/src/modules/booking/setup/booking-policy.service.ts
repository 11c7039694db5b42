import type { BookingPolicy, BookingPolicyRequest } from '@corium/contracts';
import type { Deps } from '../../../deps';
import * as repo from '../booking-policy.repo';
import { setupWrite, type SetupCaller } from './setup-write';

/** The clinic's booking rules: the portal's notice for cancelling and moving, consultation first, waitlist offers. */

const rulesOf = (row: repo.BookingPolicyRow): BookingPolicyRequest => ({
  cancelNoticeHours: row.cancel_notice_hours,
  consultationFirst: row.consultation_first,
  offerMinutes: row.offer_minutes,
});

const toBookingPolicy = (row: repo.BookingPolicyRow): BookingPolicy => ({
  ...rulesOf(row),
  updatedAt: row.updated_at?.toISOString() ?? null,
  updatedBy:
    row.updated_by && row.updated_by_name ? { id: row.updated_by, displayName: row.updated_by_name } : null,
});

/** The rules in force; every staff member may read them (the front desk explains them to patients). */
export const readBookingPolicy = async (deps: Deps, clinicId: string): Promise<BookingPolicy> =>
  toBookingPolicy(await repo.bookingPolicy(deps.db, clinicId));

/**
 * Replaces the clinic's rules. They apply from the next request on: a visit already booked is
 * judged by the notice in force when the patient asks to cancel or move it.
 */
export function saveBookingPolicy(
  deps: Deps,
  caller: SetupCaller,
  body: BookingPolicyRequest,
): Promise<BookingPolicy> {
  const clinicId = caller.principal.clinicId;
  return setupWrite(deps, caller, 'update', async (trx, now) => {
    const before = await repo.bookingPolicy(trx, clinicId);
    await repo.saveBookingPolicy(trx, {
      clinic_id: clinicId,
      cancel_notice_hours: body.cancelNoticeHours,
      consultation_first: body.consultationFirst,
      offer_minutes: body.offerMinutes,
      updated_by: caller.principal.userId,
      updated_at: now,
    });
    const result = toBookingPolicy(await repo.bookingPolicy(trx, clinicId));
    const details = { before: rulesOf(before), after: body };
    return { subject: 'booking_policy', resourceId: clinicId, result, details };
  });
}
