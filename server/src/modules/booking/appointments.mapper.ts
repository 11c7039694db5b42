import type { Appointment, AppointmentWarning } from '@corium/contracts';
import type { AppointmentRow, HoldOfRow } from './appointments.repo';

function toResource(h: HoldOfRow): Appointment['resources'][number] {
  const base = {
    role: h.role_key,
    id: h.resource_id,
    start: h.start.toISOString(),
    end: h.end.toISOString(),
  };
  if (h.room_id) return { ...base, kind: 'room', name: h.room_name ?? '' };
  if (h.device_id) return { ...base, kind: 'device', name: `${h.device_model} (${h.device_serial})` };
  return { ...base, kind: 'practitioner', name: h.practitioner_name ?? '' };
}

export function toAppointment(row: AppointmentRow, holds: readonly HoldOfRow[]): Appointment {
  return {
    id: row.id,
    patient: { id: row.patient_id, displayName: `${row.given_name} ${row.family_name}` },
    service: {
      id: row.service_id,
      code: row.service_code,
      name: row.service_name,
      kind: row.service_kind,
      modality: row.service_modality,
    },
    locationId: row.location_id,
    status: row.status,
    start: row.starts_at.toISOString(),
    end: row.ends_at.toISOString(),
    series:
      row.series_id && row.session_number ? { id: row.series_id, sessionNumber: row.session_number } : null,
    screeningId: row.screening_id,
    resources: holds.filter((h) => h.appointment_id === row.id).map(toResource),
    spacingOverride:
      row.spacing_override_by && row.spacing_override_reason
        ? {
            reason: row.spacing_override_reason,
            by: { id: row.spacing_override_by, displayName: row.spacing_override_by_name ?? '' },
          }
        : null,
    createdAt: row.created_at.toISOString(),
    createdBy: { id: row.created_by, displayName: row.created_by_name },
    cancellation:
      row.cancelled_at && row.cancelled_by
        ? {
            at: row.cancelled_at.toISOString(),
            by: { id: row.cancelled_by, displayName: row.cancelled_by_name ?? '' },
            reason: row.cancellation_reason ?? '',
          }
        : null,
    noShowRecordedAt: row.no_show_recorded_at?.toISOString() ?? null,
    checkedIn:
      row.checked_in_at && row.checked_in_by
        ? {
            at: row.checked_in_at.toISOString(),
            by: { id: row.checked_in_by, displayName: row.checked_in_by_name ?? '' },
          }
        : null,
    // Written only by checkSpacing's outcome, so its shape is the contract's.
    warnings: row.warnings as AppointmentWarning[],
  };
}
