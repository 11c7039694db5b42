import type { AftercareAlert, TriageReason } from '@corium/contracts';
import type { AlertRow } from './alerts.repo';

/** Alert row → DTO; `names` resolves the recipients' ids to people. */
export function toAlert(row: AlertRow, names: Map<string, string>): AftercareAlert {
  return {
    id: row.id,
    patient: { id: row.patient_id, name: `${row.given_name} ${row.family_name}` },
    sessionId: row.session_id,
    checkInId: row.check_in_id,
    checkInDay: row.check_in_day,
    level: row.level,
    reasons: row.reasons as TriageReason[],
    status: row.resolved_at ? 'resolved' : row.acknowledged_at ? 'acknowledged' : 'open',
    raisedAt: row.raised_at.toISOString(),
    respondBy: row.respond_by.toISOString(),
    escalatedAt: row.escalated_at?.toISOString() ?? null,
    recipients: row.recipient_ids.map((id) => ({ id, name: names.get(id) ?? 'Former staff member' })),
    acknowledged:
      row.acknowledged_at && row.acknowledged_by
        ? {
            at: row.acknowledged_at.toISOString(),
            by: { id: row.acknowledged_by, name: row.acknowledged_by_name ?? '' },
          }
        : null,
    resolved:
      row.resolved_at && row.resolved_by
        ? {
            at: row.resolved_at.toISOString(),
            by: { id: row.resolved_by, name: row.resolved_by_name ?? '' },
            note: row.resolution_note ?? '',
          }
        : null,
    adverseEventId: row.adverse_event_id,
  };
}
