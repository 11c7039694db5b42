import type { AlertLevel } from '@corium/contracts';
import type { Executor } from '../../../platform/db/database';
import * as repo from './alerts.repo';

/**
 * Minutes to acknowledge an alert before it escalates, until the clinic sets its own. Urgent is
 * tier 2's "same-day review" (2 h by default, as the issue asks); review is tier 3's "within a
 * few days" (3 days); emergency is tier 1 — the patient is told to call emergency services, and
 * the clinic should know within a quarter of an hour.
 */
export const DEFAULT_RESPONSE_MINUTES: Record<AlertLevel, number> = {
  review: 3 * 24 * 60,
  urgent: 120,
  emergency: 15,
};

export async function responseSettings(
  db: Executor,
  clinicId: string,
): Promise<{ onCallUserIds: string[]; minutes: Record<AlertLevel, number> }> {
  const row = await repo.findSettings(db, clinicId);
  if (!row) return { onCallUserIds: [], minutes: DEFAULT_RESPONSE_MINUTES };
  return {
    onCallUserIds: row.on_call_user_ids,
    minutes: { review: row.review_minutes, urgent: row.urgent_minutes, emergency: row.emergency_minutes },
  };
}
