import type { AffectedSession, Recall } from '@corium/contracts';
import type { AffectedRow } from './affected-sessions.repo';
import type { RecallRow } from './recalls.repo';
import type { RecallTarget } from './affected-sessions.repo';
import { clinicToday } from './stock-status';

export function toRecall(row: RecallRow): Recall {
  return {
    id: row.id,
    kind: row.kind,
    lot:
      row.lot_id && row.lot_number && row.product_name && row.expires_on
        ? {
            id: row.lot_id,
            lotNumber: row.lot_number,
            productName: row.product_name,
            expiresOn: row.expires_on,
          }
        : null,
    device:
      row.device_id && row.device_model && row.device_serial
        ? { id: row.device_id, model: row.device_model, serial: row.device_serial }
        : null,
    period:
      row.affected_from && row.affected_until
        ? { from: row.affected_from.toISOString(), until: row.affected_until.toISOString() }
        : null,
    reason: row.reason,
    reference: row.reference,
    createdBy: { id: row.created_by, name: row.created_by_name },
    createdAt: row.created_at.toISOString(),
    notified:
      row.notified_at && row.notified_by
        ? { at: row.notified_at.toISOString(), by: { id: row.notified_by, name: row.notified_by_name ?? '' } }
        : null,
  };
}

/** What the recall names, for the query of its affected sessions. */
export function targetOf(row: RecallRow): RecallTarget {
  if (row.kind === 'lot') return { kind: 'lot', lotId: row.lot_id! };
  return { kind: 'device', deviceId: row.device_id!, from: row.affected_from!, until: row.affected_until! };
}

export const toAffectedSession = (row: AffectedRow, timeZone: string): AffectedSession => ({
  sessionId: row.session_id,
  startedAt: row.started_at.toISOString(),
  sessionDate: clinicToday(row.started_at, timeZone),
  signed: row.signed_at !== null,
  practitioner: { id: row.practitioner_id, name: row.practitioner_name },
  patient: {
    id: row.patient_id,
    name: `${row.given_name} ${row.family_name}`,
    dateOfBirth: row.date_of_birth,
    email: row.email,
    phone: row.phone,
  },
});
